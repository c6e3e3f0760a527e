#!/usr/bin/env node
/**
 * npm run bench: <sen-campaign-list> (1,000 and 10,000 campaigns) and <sen-exemplar-gallery> (1,000
 * and 5,000 exemplars), built files in headless Chromium, each beside a fair plain-DOM baseline
 * that does the same work by hand from the same JSON text (scripts/bench/plain-*.js).
 *
 * - warm: a page that has run both before; from the JSON text (parsed, given as `.data`) to the
 *   first page laid out;
 * - keystroke: a query typed into the search box (after a second of quiet) to its first page laid out;
 * - cold: a fresh page load fetching the JSON from `src`, from the end of the response to the first
 *   page painted, and the longest main-thread task from then on (Long Tasks API; under 50 ms is none).
 *
 * Then what keeping a visit counter's answer (each refresh does) costs with other widgets' large
 * copies in storage, and without.
 *
 * Every run checks that the widget and the baseline show the same first page and count, after the
 * first render and after every query. Prints medians and widget/baseline ratios: figures vary with
 * the machine and its load, ratios much less. A measurement, never a test.
 *
 * BENCH_RUNS (default 7) runs per figure; BENCH_DIST (default dist) the build to measure, e.g. an
 * older build kept for comparison; BENCH_ONLY=campaign-list or exemplar-gallery.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './browser.mjs';
import { campaignsJson, exemplarsJson, QUERIES } from './bench/data.mjs';
import { serveStatic } from './serve-static.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const DIST = resolve(process.env.BENCH_DIST ?? 'dist');
const CASES = [
  { kind: 'campaign-list', size: 1000, pageSize: 10, json: campaignsJson },
  { kind: 'campaign-list', size: 10000, pageSize: 10, json: campaignsJson },
  { kind: 'exemplar-gallery', size: 1000, pageSize: 12, json: exemplarsJson },
  { kind: 'exemplar-gallery', size: 5000, pageSize: 12, json: exemplarsJson },
].filter((c) => !process.env.BENCH_ONLY || c.kind === process.env.BENCH_ONLY);

if (!process.env.BENCH_DIST && !existsSync('dist/sen-widgets.js')) execSync('npm run build', { stdio: 'inherit' });
if (!existsSync(`${DIST}/sen-widgets.js`)) throw new Error(`no sen-widgets.js in ${DIST}`);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const dataPath = ({ kind, size }) => `/bench-data/${kind}-${size}.json`;
const pages = Object.fromEntries(CASES.map((c) => [dataPath(c), c.json(c.size)]));

// The build on an origin of its own (a module script across origins needs CORS), so any build can be measured.
const dist = await serveStatic(DIST, { headersFor: () => ({ 'access-control-allow-origin': '*' }) });
const site = await serveStatic('.', { pages });
const browser = await launchChromium();

/** Throws when the widget and the baseline do not show the same thing. */
function same(what, widget, plain, pageSize) {
  const first = (titles) => titles.slice(0, pageSize);
  if (widget.count !== plain.count || JSON.stringify(first(widget.titles)) !== JSON.stringify(first(plain.titles))) {
    throw new Error(
      `${what}: the widget and the baseline differ\n widget: ${widget.count} ${JSON.stringify(first(widget.titles))}\n` +
        ` plain:  ${plain.count} ${JSON.stringify(first(plain.titles))}`,
    );
  }
}

async function warm(testCase) {
  const { kind, pageSize } = testCase;
  const page = await browser.newPage();
  await page.goto(`${site.url}/scripts/bench/warm.html?dist=${encodeURIComponent(dist.url)}`);
  await page.waitForFunction(() => window.bench);
  const url = dataPath(testCase);
  const figures = { widget: [], plain: [], widgetKey: [], plainKey: [] };
  for (let run = 0; run < RUNS; run++) {
    const call = (name, ...args) => page.evaluate(([n, a]) => window.bench[n](...a), [name, args]);
    const widget = await call('widgetFirstRender', kind, url, pageSize);
    await call('sleep', 1000); // whatever the widget does after its first page, it does now
    const widgetKeys = [];
    for (const query of QUERIES[kind]) widgetKeys.push(await call('widgetKeystroke', kind, query));
    const plain = await call('plainFirstRender', kind, url, pageSize);
    await call('sleep', 1000);
    same(`${kind} ${testCase.size}: first page`, widget, plain, pageSize);
    for (const [i, query] of QUERIES[kind].entries()) {
      const typed = await call('plainKeystroke', kind, query);
      same(`${kind} ${testCase.size}: "${query}"`, widgetKeys[i], typed, pageSize);
      figures.plainKey.push(typed.ms);
    }
    figures.widget.push(widget.ms);
    figures.plain.push(plain.ms);
    figures.widgetKey.push(...widgetKeys.map((k) => k.ms));
  }
  await page.close();
  return figures;
}

async function cold(testCase, side) {
  const context = await browser.newContext(); // nothing cached, nothing stored
  const page = await context.newPage();
  const query = new URLSearchParams({
    side,
    kind: testCase.kind,
    data: dataPath(testCase),
    dist: dist.url,
    'page-size': testCase.pageSize,
  });
  await page.goto(`${site.url}/scripts/bench/cold.html?${query}`);
  await page.waitForFunction(() => window.rendered !== undefined, null, { timeout: 60000 });
  await page.waitForTimeout(1500); // work the widget leaves for later shows up as long tasks now
  const result = await page.evaluate((path) => {
    const response = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(path));
    const after = window.longTasks.filter((task) => task.start + task.duration > response.responseEnd);
    return {
      firstPage: window.rendered - response.responseEnd,
      longest: Math.max(0, ...after.map((task) => task.duration)),
      reading: window.reading,
    };
  }, dataPath(testCase));
  await context.close();
  return result;
}

const rows = [];
for (const testCase of CASES) {
  process.stderr.write(`${testCase.kind} × ${testCase.size}: warm…`);
  const w = await warm(testCase);
  process.stderr.write(' cold…');
  const c = { widget: [], plain: [], widgetTask: [], plainTask: [] };
  for (let run = 0; run < RUNS; run++) {
    const widget = await cold(testCase, 'widget');
    const plain = await cold(testCase, 'plain');
    same(`${testCase.kind} ${testCase.size}: cold first page`, widget.reading, plain.reading, testCase.pageSize);
    c.widget.push(widget.firstPage);
    c.plain.push(plain.firstPage);
    c.widgetTask.push(widget.longest);
    c.plainTask.push(plain.longest);
  }
  process.stderr.write(' done\n');
  rows.push({ ...testCase, w, c });
}

process.stderr.write('kept copies…');
const keeping = await browser.newPage();
await keeping.goto(`${site.url}/scripts/bench/warm.html?dist=${encodeURIComponent(dist.url)}`);
await keeping.waitForFunction(() => window.bench);
const copyCost = {};
for (const others of [0, 4]) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    runs.push(await keeping.evaluate(([d, n]) => window.bench.keptCopyWrite(d, n), [dist.url, others]));
  }
  copyCost[others] = median(runs);
}
process.stderr.write(' done\n');

await browser.close();
await site.close();
await dist.close();

const ms = (value) => `${Math.round(value)}`;
const task = (value) => (value === 0 ? '<50' : ms(value));
const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
console.log(`\nSen widgets benchmark: ${DIST}, headless Chromium, medians of ${RUNS} runs (ms)\n`);
console.log(
  '| widget | records | warm: widget | plain | ratio | keystroke: widget | plain | ratio | cold, response → first page: widget | plain | ratio | cold, longest task: widget | plain |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { kind, size, w, c } of rows) {
  const cells = [
    `<sen-${kind}>`,
    size.toLocaleString('en'),
    ms(median(w.widget)),
    ms(median(w.plain)),
    ratio(median(w.widget), median(w.plain)),
    ms(median(w.widgetKey)),
    ms(median(w.plainKey)),
    ratio(median(w.widgetKey), median(w.plainKey)),
    ms(median(c.widget)),
    ms(median(c.plain)),
    ratio(median(c.widget), median(c.plain)),
    task(median(c.widgetTask)),
    task(median(c.plainTask)),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}
console.log(
  `\nKeystroke: ${Object.values(QUERIES)[0].length} queries a run, typed one after another. ` +
    'Both sides showed the same first page and count after the first render and after every query.',
);
console.log(
  `\nKeeping a visit counter's answer (each refresh): ${copyCost[0].toFixed(2)} ms with no other copy stored, ` +
    `${copyCost[4].toFixed(2)} ms with 4 other widgets' copies of 400 kB (${ratio(copyCost[4], copyCost[0])}).`,
);
