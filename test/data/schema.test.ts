import { expect } from '@open-wc/testing';
import { recordId } from '../../src/data/record-id.js';
import {
  anyOf,
  isoDate,
  list,
  object,
  oneOfValues,
  string,
  validate,
  validateDocument,
  wholeNumber,
} from '../../src/data/schema.js';

const campaign = object(
  {
    id: recordId,
    title: string({ nonEmpty: true }),
    level: oneOfValues(['national', 'provincial', 'local'] as const),
  },
  { required: ['id', 'title'] },
);
const campaigns = object({ campaigns: list(campaign, { unique: 'id' }) }, { required: ['campaigns'] });

describe('schema', () => {
  it('drops a bad record with its path and reason, and keeps the good ones', () => {
    const result = validateDocument(campaigns, {
      campaigns: [
        { id: 'a', title: 'Nông thôn mới' },
        { id: 'b', title: 42 },
        { id: 'c', title: 'Vì người nghèo' },
      ],
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.data.campaigns.map((c) => c.id)).to.deep.equal(['a', 'c']);
    expect(result.value.dropped).to.deep.equal([
      { index: 1, path: 'campaigns[1].title', reason: 'expected a string, got number' },
    ]);
  });

  it('reports a missing required field as "got nothing"', () => {
    const result = validateDocument(campaigns, { campaigns: [{ id: 'a' }] });
    expect(result.ok && result.value.dropped[0].reason).to.equal('expected a string, got nothing');
  });

  it('drops a repeated id and names the first one', () => {
    const result = validateDocument(campaigns, {
      campaigns: [
        { id: 1, title: 'x' },
        { id: '1', title: 'y' },
      ],
    });
    expect(result.ok && result.value.data.campaigns).to.have.length(1);
    expect(result.ok && result.value.dropped[0]).to.deep.equal({
      index: 1,
      path: 'campaigns[1]',
      reason: 'repeats id "1" of campaigns[0]',
    });
  });

  it('fails the record that holds a bad entry in a strict list of plain values', () => {
    const tagged = object(
      {
        campaigns: list(
          object(
            { id: string(), targets: list(oneOfValues(['collective', 'individual'] as const), { strict: true }) },
            { required: ['id'] },
          ),
        ),
      },
      { required: ['campaigns'] },
    );
    const result = validateDocument(tagged, {
      campaigns: [
        { id: 'a', targets: ['collective'] },
        { id: 'b', targets: ['individual', 'everyone'] },
      ],
    });
    expect(result.ok && result.value.data.campaigns.map((c) => c.id)).to.deep.equal(['a']);
    expect(result.ok && result.value.dropped).to.deep.equal([
      { index: 1, path: 'campaigns[1].targets[1]', reason: 'expected one of collective, individual, got "everyone"' },
    ]);
  });

  it('fails the document when it is not the expected shape at all', () => {
    const result = validateDocument(campaigns, 'hello');
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.reason).to.equal('expected an object, got string');
  });

  it('copies only declared fields, so private ones never reach the page', () => {
    const result = validateDocument(campaign, {
      id: 'a',
      title: 't',
      citizenId: '079123456789',
      birthDate: '1970-01-01',
    });
    expect(result.ok && result.value.data).to.deep.equal({ id: 'a', title: 't' });
  });

  it('quotes the value that broke a constraint', () => {
    const result = validateDocument(object({ n: wholeNumber(0) }, { required: ['n'] }), { n: -3 });
    expect(!result.ok && result.reason).to.equal('expected a whole number ≥ 0, got -3');
    const level = validateDocument(campaign, { id: 'a', title: 't', level: 'city' });
    expect(!level.ok && level.reason).to.equal('expected one of national, provincial, local, got "city"');
  });

  it('accepts ISO dates and timestamps on the calendar and the clock', () => {
    const date = object({ d: isoDate() }, { required: ['d'] });
    const good = [
      '2023-01-10',
      '2024-02-29',
      '2000-02-29',
      '2023-12-31',
      '2026-11-26T06:00:00Z',
      '2026-11-26T13:00:00+07:00',
      '2026-11-26 23:59:59.999+0700',
      '2026-11-26T00:00',
    ];
    for (const value of good) expect(validateDocument(date, { d: value }).ok, value).to.equal(true);
  });

  it('says "not a real date" for a day off the calendar and "not a real time" for a time off the clock', () => {
    const date = object({ d: isoDate() }, { required: ['d'] });
    const reasons: [string, string][] = [
      ['2023-02-30', 'not a real date: "2023-02-30"'],
      ['2023-02-29', 'not a real date: "2023-02-29"'],
      ['1900-02-29', 'not a real date: "1900-02-29"'],
      ['2023-13-01', 'not a real date: "2023-13-01"'],
      ['2023-01-32', 'not a real date: "2023-01-32"'],
      ['2023-04-31', 'not a real date: "2023-04-31"'],
      ['2023-00-10', 'not a real date: "2023-00-10"'],
      ['2023-01-10T25:61', 'not a real time: "2023-01-10T25:61"'],
      ['2023-01-10T24:00:00Z', 'not a real time: "2023-01-10T24:00:00Z"'],
      ['2023-01-10T12:00:60Z', 'not a real time: "2023-01-10T12:00:60Z"'],
      ['2023-01-10T12:00+25:00', 'not a real time: "2023-01-10T12:00+25:00"'],
      ['10/01/2023', 'expected an ISO 8601 date, got "10/01/2023"'],
      ['hôm qua', 'expected an ISO 8601 date, got "hôm qua"'],
      ['', 'expected an ISO 8601 date, got ""'],
    ];
    for (const [value, reason] of reasons) {
      const result = validateDocument(date, { d: value });
      expect(!result.ok && result.reason, value).to.equal(reason);
    }
  });

  it('says "is empty" for a required text that is empty or only white space', () => {
    const result = validateDocument(campaigns, {
      campaigns: [
        { id: 'a', title: '' },
        { id: 'b', title: ' \t\u00a0\n' },
        { id: '   ', title: 'x' },
        { id: '', title: 'x' },
      ],
    });
    expect(result.ok && result.value.dropped).to.deep.equal([
      { index: 0, path: 'campaigns[0].title', reason: 'is empty' },
      { index: 1, path: 'campaigns[1].title', reason: 'is empty (only white space)' },
      { index: 2, path: 'campaigns[2].id', reason: 'is empty (only white space)' },
      { index: 3, path: 'campaigns[3].id', reason: 'is empty' },
    ]);
  });

  it('takes any non-empty string or finite number as an id, and drops a repeated one', () => {
    const ids = [-1, 2.5, 0, 1e21, '7', 7, 'x', -1, true];
    const result = validateDocument(campaigns, { campaigns: ids.map((id) => ({ id, title: 't' })) });
    expect(result.ok && result.value.data.campaigns.map((c) => c.id)).to.deep.equal([
      '-1',
      '2.5',
      '0',
      '1e+21',
      '7',
      'x',
    ]);
    expect(result.ok && result.value.dropped).to.deep.equal([
      { index: 5, path: 'campaigns[5]', reason: 'repeats id "7" of campaigns[4]' },
      { index: 7, path: 'campaigns[7]', reason: 'repeats id "-1" of campaigns[0]' },
      { index: 8, path: 'campaigns[8].id', reason: 'expected a string or a finite number, got boolean' },
    ]);
  });

  it('refuses an id that is not a finite number (possible in .data), naming it', () => {
    for (const [id, shown] of [
      [NaN, 'NaN'],
      [Infinity, 'Infinity'],
    ] as const) {
      const result = validateDocument(campaign, { id, title: 't' });
      expect(!result.ok && result.reason).to.equal(`expected a finite number, got ${shown}`);
    }
  });

  it('reads null as absent for an optional field, and as missing for a required one', () => {
    const result = validateDocument(campaigns, {
      campaigns: [
        { id: 'a', title: 't', level: null },
        { id: 'b', title: null },
      ],
    });
    expect(result.ok && result.value.data.campaigns).to.deep.equal([{ id: 'a', title: 't' }]);
    expect(result.ok && result.value.dropped).to.deep.equal([
      { index: 1, path: 'campaigns[1].title', reason: 'expected a string, got null' },
    ]);
  });

  it('keeps each reason as data, to be worded in another language', () => {
    const result = validate(campaigns, { campaigns: [{ id: 'a', title: 5 }] });
    expect(result.ok && result.refused).to.deep.equal([
      { index: 0, path: 'campaigns[0].title', problem: { code: 'type', expected: { kind: 'string' }, got: 'number' } },
    ]);
  });

  it('reports the failure deep inside an alternative, else the one about the value, else both types', () => {
    const photo = object({
      photo: anyOf(string({ nonEmpty: true }), object({ src: string() }, { required: ['src'] })),
    });
    const reason = (value: unknown) => {
      const result = validateDocument(photo, { photo: value });
      return !result.ok && `${result.path}: ${result.reason}`;
    };
    expect(reason({ alt: 'x' })).to.equal('photo.src: expected a string, got nothing');
    expect(reason('  ')).to.equal('photo: is empty (only white space)');
    expect(reason(42)).to.equal('photo: expected a string or an object, got number');
  });
});
