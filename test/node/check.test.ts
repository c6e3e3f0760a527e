/**
 * sen-widgets/check.js in Node, as the CLI, the studio and the counting service call it: each
 * dropped record's reason and each unusable document's message in Vietnamese (the default) or
 * English, with the widgets' own English kept for console warnings.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkDocument,
  checkJsonText,
  droppedWarning,
  formatDropped,
  problemText,
  type CheckReport,
} from '../../src/check.js';
import { validateDocument } from '../../src/data/schema.js';
import { widgetSchemas } from '../../src/check/widget-schemas.js';

const CAMPAIGNS = {
  campaigns: [
    { id: 'ok', title: 'Cả nước chung sức xây dựng nông thôn mới' },
    { id: 'a', title: 42 },
    { id: 'b', title: '   ' },
    { id: 'c', title: '' },
    { id: 'd', title: 'x', startDate: '2023-02-30' },
    { id: 'e', title: 'x', endDate: '2023-01-10T25:61' },
    { id: 'ok', title: 'Bản sao' },
    { id: true, title: 'x' },
    { id: 'f', title: 'x', level: 'city' },
    { id: 'g', title: 'x', targets: ['everyone'] },
    { title: 'x' },
    { id: 'h', title: 'x', document: { date: '10/01/2023' } },
  ],
};

const reasons = (report: CheckReport) => (report.usable ? report.dropped.map((d) => `${d.path}: ${d.reason}`) : []);

describe('check reasons in Vietnamese and English', () => {
  it('words every dropped record in Vietnamese by default', () => {
    assert.deepEqual(reasons(checkDocument('campaign-list', CAMPAIGNS)), [
      'campaigns[1].title: cần một chuỗi, nhưng là số',
      'campaigns[2].title: bị bỏ trống (chỉ có khoảng trắng)',
      'campaigns[3].title: bị bỏ trống',
      'campaigns[4].startDate: "2023-02-30" không phải là ngày có thật',
      'campaigns[5].endDate: "2023-01-10T25:61" không phải là giờ có thật',
      'campaigns[6]: trùng id "ok" với campaigns[0]',
      'campaigns[7].id: cần một chuỗi hoặc một số hữu hạn, nhưng là giá trị true/false',
      'campaigns[8].level: cần một trong các giá trị national, provincial, local, nhưng là "city"',
      'campaigns[9].targets[0]: cần một trong các giá trị collective, individual, nhưng là "everyone"',
      'campaigns[10].id: cần một chuỗi hoặc một số hữu hạn, nhưng không có',
      'campaigns[11].document.date: cần một ngày theo ISO 8601, nhưng là "10/01/2023"',
    ]);
  });

  it('words them in English with lang "en", exactly as the widgets report them in sen-load', () => {
    const checked = reasons(checkDocument('campaign-list', CAMPAIGNS, { lang: 'en' }));
    const widget = validateDocument(widgetSchemas['campaign-list'].schema, CAMPAIGNS);
    assert.ok(widget.ok);
    assert.deepEqual(
      checked,
      widget.value.dropped.map((d) => `${d.path}: ${d.reason}`),
    );
    assert.equal(checked[0], 'campaigns[1].title: expected a string, got number');
    assert.equal(checked[1], 'campaigns[2].title: is empty (only white space)');
    assert.equal(checked[3], 'campaigns[4].startDate: not a real date: "2023-02-30"');
    assert.equal(checked[4], 'campaigns[5].endDate: not a real time: "2023-01-10T25:61"');
  });

  it('keeps index and path, and gives the reason as data, so a record can be worded again later', () => {
    const report = checkDocument('campaign-list', CAMPAIGNS);
    assert.ok(report.usable);
    const [first] = report.dropped;
    assert.deepEqual(
      { index: first.index, path: first.path, problem: first.problem },
      {
        index: 1,
        path: 'campaigns[1].title',
        problem: { code: 'type', expected: { kind: 'string' }, got: 'number' },
      },
    );
    assert.equal(formatDropped(first, 'en'), 'campaigns[1].title: expected a string, got number');
    assert.equal(formatDropped(first), 'campaigns[1].title: cần một chuỗi, nhưng là số');
    assert.equal(problemText(first.problem, 'en'), 'expected a string, got number');
    // A record from a widget's sen-load event has no problem attached: its English reason is kept.
    assert.equal(
      formatDropped({ index: 0, path: 'today', reason: 'expected a whole number ≥ 0, got -1' }, 'vi'),
      'today: expected a whole number ≥ 0, got -1',
    );
  });

  it('prints the console warning in English whatever language the report is in', () => {
    const report = checkDocument('campaign-list', CAMPAIGNS, { lang: 'vi' });
    assert.ok(report.usable);
    assert.equal(
      droppedWarning('campaign-list', report.dropped[0]),
      'sen-campaign-list: campaigns[1].title: expected a string, got number',
    );
  });

  it('words a document that is not the expected shape, with its path and problem', () => {
    const vi = checkDocument('visit-counter', { total: 'nhiều' });
    const en = checkDocument('visit-counter', { total: 'nhiều' }, { lang: 'en' });
    assert.equal(vi.usable, false);
    assert.equal(en.usable, false);
    if (vi.usable || en.usable) return;
    assert.equal(
      vi.error.message,
      'cần ít nhất một trong các trường total, today, yesterday, month, online, nhưng không có trường nào',
    );
    assert.equal(en.error.message, 'expected at least one of total, today, yesterday, month, online, got none');
    assert.deepEqual(vi.error.problem, en.error.problem);
    const shape = checkDocument('hotline-card', { groups: 5 }, { lang: 'vi' });
    assert.ok(!shape.usable && shape.error.kind === 'schema');
    assert.equal(!shape.usable && shape.error.message, 'groups: cần một mảng, nhưng là số');
  });

  it('words text that is not JSON, naming the document, in either language', () => {
    const broken = '{ "total": 5, }';
    const vi = checkJsonText('visit-counter', broken);
    const en = checkJsonText('visit-counter', broken, { lang: 'en', source: 'stats.json' });
    assert.ok(!vi.usable && vi.error.kind === 'parse');
    assert.ok(!en.usable && en.error.kind === 'parse');
    assert.match(!vi.usable ? vi.error.message : '', /^tài liệu: không phải JSON hợp lệ \(.+\)$/);
    assert.match(!en.usable ? en.error.message : '', /^stats\.json: not JSON \(.+\)$/);
    // The parser's own words, inside the brackets, are the same in both.
    const detail = (report: CheckReport) => (!report.usable ? /\((.+)\)$/.exec(report.error.message)![1] : '');
    assert.equal(detail(vi), detail(en));
  });

  it('still takes the document name alone as the third argument, as before', () => {
    const report = checkJsonText('visit-counter', 'nope', 'du-lieu.json');
    assert.match(!report.usable ? report.error.message : '', /^du-lieu\.json: không phải JSON hợp lệ/);
    const good = checkJsonText('visit-counter', '\uFEFF{ "total": 11529, "today": -1 }', 'du-lieu.json');
    assert.ok(good.usable);
    assert.deepEqual(good.data, { total: 11529 });
    assert.deepEqual(reasons(good), ['today: cần một số nguyên ≥ 0, nhưng là -1']);
  });
});
