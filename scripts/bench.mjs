#!/usr/bin/env node
/**
 * npm run bench: <sen-campaign-list> with 1,000 and 10,000 campaigns in headless Chromium, using
 * the built drop-in file. Reports medians of the time from data to first render and from a
 * keystroke to updated results, beside a plain-DOM baseline that renders the same page of items.
 * A measurement, not a test: figures vary with the machine; compare ratios.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { launchChromium } from './browser.mjs';
import { serveStatic } from './serve-static.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const SIZES = [1000, 10000];
const QUERIES = ['nong thon', 'nông thôn mới 99', 'van hoa cong so', 'dan'];

if (!existsSync('dist/sen-widgets.js')) execSync('npm run build', { stdio: 'inherit' });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (value) => `${value.toFixed(1)} ms`;

const server = await serveStatic('.');
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${server.url}/scripts/bench/campaign-list.html`);
await page.waitForFunction(() => customElements.get('sen-campaign-list') && window.generate);

const rows = [];
for (const size of SIZES) {
  const first = [];
  const plain = [];
  const keystroke = [];
  const plainKeystroke = [];
  for (let run = 0; run < RUNS; run++) {
    const result = await page.evaluate(
      async ([n, seed]) => {
        const data = window.generate(n, seed);
        const widget = await window.widgetFirstRender(data);
        return widget;
      },
      [size, run],
    );
    if (result.shown !== 10) throw new Error(`expected one page of 10 items, saw ${result.shown}`);
    first.push(result.ms);
    for (const query of QUERIES) {
      const typed = await page.evaluate((q) => window.widgetKeystroke(q), query);
      keystroke.push(typed.ms);
    }
    plain.push(await page.evaluate(([n, seed]) => window.plainRender(window.generate(n, seed)).ms, [size, run]));
    plainKeystroke.push(
      await page.evaluate(([n, seed]) => window.plainRender(window.generate(n, seed).slice(5)).ms, [size, run]),
    );
  }
  rows.push({
    campaigns: size,
    firstRender: median(first),
    plainRender: median(plain),
    keystroke: median(keystroke),
    plainKeystroke: median(plainKeystroke),
  });
}

await browser.close();
await server.close();

console.log(
  `\n<sen-campaign-list> benchmark (headless Chromium, median of ${RUNS} runs, ${QUERIES.length} queries a run)\n`,
);
console.log(
  '| campaigns | data → first render | plain DOM page | ratio | keystroke → results | plain DOM page | ratio |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.campaigns.toLocaleString('en')} | ${ms(r.firstRender)} | ${ms(r.plainRender)} | ${(r.firstRender / r.plainRender).toFixed(1)}× | ${ms(r.keystroke)} | ${ms(r.plainKeystroke)} | ${(r.keystroke / r.plainKeystroke).toFixed(1)}× |`,
  );
}
console.log(
  "\nThe widget's first render includes validating every record, sorting and preparing the search text once;",
);
console.log(
  'a keystroke then filters the prepared text and renders one page. The plain-DOM baseline only builds one page.',
);
