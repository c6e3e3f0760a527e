#!/usr/bin/env node
/**
 * What the built studio makes a browser download, in gzip bytes (gzip -9 of each file served),
 * along two journeys from a cold cache: (A) first load, drop a CSV, download the .xlsx template;
 * (B) first load, drop an .xlsx straight away. Run after `npm run build`:
 * `node studio/measure-size.mjs`. Prints a table; asserts nothing.
 */
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/browser.mjs';
import { serveStatic } from '../scripts/serve-static.mjs';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const file = (path) => `dist${decodeURIComponent(path)}${path.endsWith('/') ? 'index.html' : ''}`;
const gzip = (path) => gzipSync(readFileSync(file(path)), { level: 9 }).byteLength;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

const server = await serveStatic('dist');
const browser = await launchChromium();
const rows = [];

/** Runs steps in a fresh browser context, recording the studio files each step fetched. */
async function journey(name, steps) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const loaded = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/studio/') && response.status() === 200) loaded.push(path);
  });
  let seen = 0;
  let total = 0;
  for (const [label, act] of steps) {
    await act(page);
    await page.waitForLoadState('networkidle');
    const files = [...new Set(loaded.slice(seen))];
    seen = loaded.length;
    const bytes = files.reduce((sum, path) => sum + gzip(path), 0);
    total += bytes;
    rows.push(`| ${name} | ${label} | ${files.length} | ${kb(bytes)} | ${kb(total)} |`);
  }
  await context.close();
}

const firstLoad = [
  'first load (page, studio, four widgets, Lit)',
  async (page) => {
    await page.goto(`${server.url}/studio/`);
    await page.locator('sen-studio h1').waitFor();
  },
];
const preview = (page) => page.locator('figure[data-placement=content] sen-campaign-list[state=ready]').waitFor();
let template;

await journey('A', [
  firstLoad,
  [
    '+ drop a .csv (Papa Parse)',
    async (page) => {
      const csv = Buffer.from('Mã,Tên phong trào\na,Một\n');
      await page.locator('input[type=file]').setInputFiles({ name: 'a.csv', mimeType: 'text/csv', buffer: csv });
      await preview(page);
    },
  ],
  [
    '+ download the .xlsx template (write-excel-file, fflate)',
    async (page) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Tải mẫu Excel (.xlsx)' }).click(),
      ]);
      template = readFileSync(await download.path());
    },
  ],
]);

await journey('B', [
  firstLoad,
  [
    '+ drop an .xlsx (read-excel-file, fflate)',
    async (page) => {
      await page.locator('input[type=file]').setInputFiles({ name: 'b.xlsx', mimeType: XLSX, buffer: template });
      await preview(page);
    },
  ],
]);

await browser.close();
await server.close();
console.log('| journey | step | files | gzip | running total |\n| --- | --- | ---: | ---: | ---: |');
console.log(rows.join('\n'));
