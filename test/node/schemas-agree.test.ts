/**
 * The shipped JSON Schemas against the widgets' own validator, record by record: thousands of
 * generated records go through ajv 8 (strict mode) and through the very definitions the widgets
 * validate with. A record counts as taken when the widget keeps it with nothing reported (a bad
 * optional field left out counts as not taken: the schema describes what the widget takes without
 * complaint). The figure is printed; every difference must belong to a class named below.
 */
import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { jsonSchemas } from '../../scripts/generate-schemas.js';
import { widgetSchemas, type WidgetName } from '../../src/check/widget-schemas.js';
import { validate, type Refusal } from '../../src/data/schema.js';
import * as generate from './support/data-records.js';
import { grouped, percent, Random } from './support/random.js';

/** Where JSON Schema cannot say what the widget does, on purpose, and the schema says it in words. */
const DIFFERENCES: { name: string; why: string; explains: (refused: Refusal[], schemaTakes: boolean) => boolean }[] = [
  {
    name: 'repeated id',
    why: 'JSON Schema cannot compare one record with another; the list schema states the rule in its description',
    explains: (refused, schemaTakes) => schemaTakes && refused.every((r) => r.problem.code === 'repeated-id'),
  },
];

const FILES: Record<WidgetName, string> = {
  'visit-counter': 'visit-stats',
  'hotline-card': 'hotlines',
  'campaign-list': 'campaigns',
  'exemplar-gallery': 'exemplars',
};

/** One record: where it sits in its document, and a document holding it alone, for ajv. */
interface Placed {
  path: string;
  alone: unknown;
}

interface Batch {
  document: unknown;
  records: Placed[];
}

// Per widget: 400 documents of 1–5 records (about 1,200 records; the visit counter: 400 of one).
const BATCHES = 400;

function batches(widget: WidgetName, random: Random): Batch[] {
  return Array.from({ length: BATCHES }, () => {
    if (widget === 'visit-counter') {
      const stats = generate.visitStats(random);
      return { document: stats, records: [{ path: '', alone: stats }] };
    }
    if (widget === 'hotline-card') {
      const contacts = generate.contacts(random, random.int(1, 5));
      // The three accepted shapes: { groups }, { contacts }, a bare array.
      const shape = random.pick(['groups', 'contacts', 'array'] as const);
      const wrap = (list: unknown[]) =>
        shape === 'groups'
          ? { title: 'Đường dây nóng', groups: [{ title: 'Lãnh đạo Sở', contacts: list }] }
          : shape === 'contacts'
            ? { contacts: list }
            : list;
      const prefix = shape === 'groups' ? 'groups[0].contacts' : shape === 'contacts' ? 'contacts' : '';
      return {
        document: wrap(contacts),
        records: contacts.map((contact, i) => ({ path: `${prefix}[${i}]`, alone: wrap([contact]) })),
      };
    }
    const key = widget === 'campaign-list' ? 'campaigns' : 'exemplars';
    const list = (widget === 'campaign-list' ? generate.campaigns : generate.exemplars)(random, random.int(1, 5));
    const bare = random.chance(0.3);
    const wrap = (items: unknown[]) => (bare ? items : { [key]: items });
    return {
      document: wrap(list),
      records: list.map((item, i) => ({ path: `${bare ? '' : key}[${i}]`, alone: wrap([item]) })),
    };
  });
}

/** The refusals at or under a record's path (`contacts[1]` is not under `contacts[10]`'s). */
const under = (refused: Refusal[], path: string) =>
  refused.filter((r) => !path || r.path === path || r.path.startsWith(path + '.') || r.path.startsWith(path + '['));

interface Tally {
  total: number;
  agree: number;
  /** How many the widget takes: the corpus must hold many of both kinds. */
  taken: number;
  byClass: Map<string, number>;
  unexplained: string[];
}

function compare(widget: WidgetName, random: Random): { records: Tally; documents: Tally } {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const schemaTakes = ajv.compile(jsonSchemas()[FILES[widget]]);
  const tally = (): Tally => ({ total: 0, agree: 0, taken: 0, byClass: new Map(), unexplained: [] });
  const records = tally();
  const documents = tally();
  const count = (into: Tally, refused: Refusal[], usable: boolean, subject: unknown, path: string) => {
    const widgetTakes = usable && refused.length === 0;
    const schema = schemaTakes(subject);
    into.total++;
    if (widgetTakes) into.taken++;
    if (widgetTakes === schema) return void into.agree++;
    const named = usable && DIFFERENCES.find((d) => d.explains(refused, schema));
    if (named) into.byClass.set(named.name, (into.byClass.get(named.name) ?? 0) + 1);
    else {
      const why = usable ? refused.map((r) => `${r.path}: ${r.problem.code}`).join('; ') : 'unusable';
      const ajvSays = ajv.errorsText(schemaTakes.errors);
      into.unexplained.push(
        `${path || '(document)'} widget ${widgetTakes} [${why}], schema ${schema} [${ajvSays}]: ${JSON.stringify(subject)}`,
      );
    }
  };
  for (const batch of batches(widget, random)) {
    const result = validate(widgetSchemas[widget].schema, batch.document);
    const refused = result.ok ? result.refused : [];
    count(documents, refused, result.ok, batch.document, '');
    for (const { path, alone } of batch.records) count(records, under(refused, path), result.ok, alone, path);
  }
  return { records, documents };
}

function report(t: TestContext, widget: string, what: string, tally: Tally) {
  const classes = [...tally.byClass].map(([name, n]) => `${name} ${grouped(n)}`).join(', ') || 'none';
  t.diagnostic(
    `${widget}: ${grouped(tally.total)} ${what} (${grouped(tally.taken)} taken by the widget), ` +
      `${grouped(tally.agree)} agree (${percent(tally.agree, tally.total)}); ` +
      `named differences: ${classes}; unexplained: ${tally.unexplained.length}`,
  );
}

/** The cases the issue found, each with the verdict both must give (true: taken). */
const ISSUE_CASES: [widget: WidgetName, document: unknown, taken: boolean][] = [
  ['campaign-list', [{ id: 'a', title: 't', summary: null, level: null, document: null }], true],
  ['exemplar-gallery', [{ id: 'a', name: 'An', photo: null, year: null, award: { date: null } }], true],
  ['hotline-card', [{ name: 'Ông A', phones: null, email: null, zalo: null }], true],
  ['visit-counter', { total: 5, today: null, updatedAt: null }, true],
  ['hotline-card', [{ name: '   ' }], false],
  ['campaign-list', [{ id: 'a', title: '\u00a0\t' }], false],
  ['campaign-list', [{ id: 'a', title: 't', startDate: '2023-13-01' }], false],
  ['campaign-list', [{ id: 'a', title: 't', startDate: '2023-01-32' }], false],
  ['campaign-list', [{ id: 'a', title: 't', startDate: '2023-02-30' }], false],
  ['campaign-list', [{ id: 'a', title: 't', endDate: '2023-01-10T25:61' }], false],
  ['visit-counter', { total: 5, updatedAt: '2026-11-26T25:61:00Z' }, false],
  ['campaign-list', [{ id: 'a', title: 't', startDate: '2024-02-29', endDate: '2024-12-31T23:59:59+07:00' }], true],
  ['campaign-list', [{ id: -3, title: 't' }], true],
  ['exemplar-gallery', [{ id: 2.5, name: 'An' }], true],
  ['campaign-list', [{ id: '  ', title: 't' }], false],
];

describe('JSON Schemas and the widgets agree', () => {
  it('on each case the issue found: null as absent, blank text, impossible dates and times, any finite id', () => {
    const schemas = jsonSchemas();
    for (const [widget, document, taken] of ISSUE_CASES) {
      const result = validate(widgetSchemas[widget].schema, document);
      const schemaTakes = new Ajv2020({ strict: true }).validate(schemas[FILES[widget]], document);
      const label = `${widget} ${JSON.stringify(document)}`;
      assert.equal(result.ok && result.refused.length === 0, taken, `widget: ${label}`);
      assert.equal(schemaTakes, taken, `schema: ${label}`);
    }
  });

  it('every shipped schema compiles under ajv strict mode', () => {
    for (const [file, schema] of Object.entries(jsonSchemas())) {
      assert.doesNotThrow(() => new Ajv2020({ strict: true }).compile(schema), file);
    }
  });

  it('a list whose records carry ids says in words that a repeated id is left out', () => {
    for (const file of ['campaigns', 'exemplars']) {
      const text = JSON.stringify(jsonSchemas()[file]);
      assert.match(
        text,
        /A record whose id repeats an earlier record's .* is left out\. JSON Schema cannot express/,
        file,
      );
    }
  });

  const totals = { records: 0, agree: 0, named: new Map<string, number>() };
  for (const widget of Object.keys(FILES) as WidgetName[]) {
    it(`${widget}: generated records give the same verdict, except the named differences`, (t) => {
      const { records, documents } = compare(widget, new Random(0x5e1 + widget.length));
      report(t, widget, 'records', records);
      report(t, widget, 'documents', documents);
      totals.records += records.total;
      totals.agree += records.agree;
      for (const [name, n] of records.byClass) totals.named.set(name, (totals.named.get(name) ?? 0) + n);
      assert.deepEqual(records.unexplained.slice(0, 5), [], 'records the schema and the widget judge differently');
      assert.deepEqual(documents.unexplained.slice(0, 5), [], 'documents the schema and the widget judge differently');
      // The corpus must reach both verdicts often, or agreement would say little.
      for (const tally of [records, documents]) {
        assert.ok(tally.taken > tally.total * 0.2, `only ${tally.taken} of ${tally.total} taken`);
        assert.ok(tally.taken < tally.total * 0.8, `${tally.taken} of ${tally.total} taken`);
      }
    });
  }

  it('the corpus meets every named difference, and prints the agreement figure', (t) => {
    for (const { name } of DIFFERENCES) assert.ok(totals.named.get(name), `no record of the class "${name}"`);
    const explained = totals.agree + [...totals.named.values()].reduce((a, b) => a + b, 0);
    t.diagnostic(
      `schemas: ${grouped(totals.records)} records, ${percent(totals.agree, totals.records)} agree; ` +
        `${percent(explained, totals.records)} with the named differences (${DIFFERENCES.map((d) => `${d.name}: ${d.why}`).join('; ')})`,
    );
    assert.equal(explained, totals.records);
  });
});
