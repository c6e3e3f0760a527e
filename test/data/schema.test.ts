import { expect } from '@open-wc/testing';
import {
  anyOf,
  list,
  map,
  object,
  oneOfValues,
  string,
  validateDocument,
  wholeNumber,
  isoDate,
} from '../../src/data/schema.js';

const campaign = object(
  {
    id: anyOf(string({ nonEmpty: true }), map(wholeNumber(0), String)),
    title: string(),
    level: oneOfValues(['national', 'provincial', 'local'] as const),
  },
  { required: ['id', 'title'] },
);
const campaigns = object({ campaigns: list(campaign, { uniqueBy: (c) => String(c.id) }) }, { required: ['campaigns'] });

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

  it('accepts ISO dates and timestamps, and refuses other date forms', () => {
    const date = object({ d: isoDate() }, { required: ['d'] });
    for (const good of ['2023-01-10', '2026-11-26T06:00:00Z', '2026-11-26T13:00:00+07:00']) {
      expect(validateDocument(date, { d: good }).ok, good).to.equal(true);
    }
    for (const bad of ['10/01/2023', '2023-13-45', 'hôm qua', '']) {
      expect(validateDocument(date, { d: bad }).ok, bad).to.equal(false);
    }
  });

  it('generates JSON Schema from the same definition', () => {
    expect(campaigns.toJsonSchema()).to.deep.include({ type: 'object', required: ['campaigns'] });
    const items = (campaigns.toJsonSchema().properties as Record<string, { items: { required: string[] } }>).campaigns
      .items;
    expect(items.required).to.deep.equal(['id', 'title']);
  });
});
