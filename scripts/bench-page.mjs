#!/usr/bin/env node
/**
 * npm run bench:page: Lighthouse (12.2.3) on a static copy of the demo page that loads the built
 * widgets through the CDN loader, with the desktop and the mobile settings, in Debian's Chromium
 * (CHROME_PATH, default /usr/bin/chromium). Prints the median performance score, Total Blocking
 * Time, Cumulative Layout Shift and Largest Contentful Paint of BENCH_RUNS runs (default 3) each.
 * BENCH_DIST (default dist) measures another build, e.g. an older one kept for comparison.
 * A measurement, never a test: scores move with the machine's load.
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { serveStatic } from './serve-static.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const DIST = resolve(process.env.BENCH_DIST ?? 'dist');
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
];

if (!process.env.BENCH_DIST && !existsSync('dist/cdn/sen-loader.js')) execSync('npm run build', { stdio: 'inherit' });
if (!existsSync(join(DIST, 'cdn/sen-loader.js'))) throw new Error(`no cdn/sen-loader.js in ${DIST}`);

// The demo as a site would publish it: the same page, the CDN loader instead of the dev server's
// source modules, and fixed answers where the dev server has a live counter.
const demo = readFileSync('demo/index.html', 'utf8').replace(
  /<script type="module" src="\.\/main\.ts"><\/script>/,
  '<script type="module" src="/dist/cdn/sen-loader.js"></script>',
);
if (!demo.includes('/dist/cdn/sen-loader.js'))
  throw new Error('demo/index.html no longer loads ./main.ts: update bench-page.mjs');
const stats = JSON.stringify({
  total: 11529,
  today: 342,
  yesterday: 401,
  month: 9120,
  online: 17,
  updatedAt: new Date().toISOString(),
});
// One origin, as on a real site: the demo's folder and the build side by side.
const root = mkdtempSync(join(tmpdir(), 'sen-demo-'));
symlinkSync(resolve('demo'), join(root, 'demo'));
symlinkSync(DIST, join(root, 'dist'));
const site = await serveStatic(root, {
  pages: { '/demo/index.html': demo, '/demo-api/visit-stats': stats, '/demo-api/hit': stats },
  headersFor: () => ({ 'cache-control': 'no-cache' }),
});

/** Debian's Chromium with a DevTools port, for Lighthouse to drive. */
async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'sen-lighthouse-'));
  const chrome = spawn(CHROME, [...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise((resolve, reject) => {
    let seen = '';
    chrome.stderr.on('data', (chunk) => {
      seen += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) resolve(Number(match[1]));
    });
    chrome.on('exit', (code) => reject(new Error(`${CHROME} exited (${code}) before listening:\n${seen}`)));
  });
  return {
    port,
    async close() {
      const exited = new Promise((done) => chrome.once('exit', done));
      chrome.kill();
      await exited;
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch {
        // Chromium's helper processes may still be writing there: the system's temporary folder keeps it.
      }
    },
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
for (const [name, config] of [
  ['desktop', desktopConfig],
  ['mobile', undefined],
]) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const chrome = await launch();
    try {
      const { lhr } = await lighthouse(
        `${site.url}/demo/index.html`,
        { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] },
        config,
      );
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      runs.push({
        score: lhr.categories.performance.score * 100,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
      });
      process.stderr.write(`${name} run ${run + 1}: ${JSON.stringify(runs.at(-1))}\n`);
    } finally {
      await chrome.close();
    }
  }
  rows.push({
    name,
    ...Object.fromEntries(['score', 'tbt', 'cls', 'lcp'].map((k) => [k, median(runs.map((r) => r[k]))])),
  });
}
await site.close();
rmSync(root, { recursive: true, force: true });

const version = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
console.log(`\nLighthouse ${version}, the demo page through the CDN loader of ${DIST}, medians of ${RUNS} runs\n`);
console.log('| settings | performance | TBT | CLS | LCP |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${Math.round(r.score)} | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${Math.round(r.lcp)} ms |`,
  );
}
