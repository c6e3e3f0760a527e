import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/index.js';
import type { Logger } from '../../src/log/logger.js';
import { manualClock, MINUTE, vn, type ManualClock } from '../helpers/clock.js';
import { tempDir } from '../helpers/server-process.js';
import { storeCases } from '../helpers/stores.js';

/**
 * The drop-in file on a page of an allowed origin, counting against the service in a real
 * Chromium: one visit per browser session, "Đang online" rising with a second visitor and falling
 * five minutes after they leave (the service's clock is moved by hand), on both stores.
 */
const DROP_IN = fileURLToPath(new URL('../../../dist/sen-widgets.js', import.meta.url));
// Headless Chromium says "HeadlessChrome", which bot lists rightly refuse: visitors here are ordinary browsers.
const LINUX_CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const WINDOWS_EDGE =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';
const SITE = 'snv-angiang';
/** Stats are cacheable for 5 s and the page polls every second: a change shows within this. */
const SHOWS_WITHIN = 15_000;

let browser: Browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
});
after(() => browser.close());

/** A department's page: the drop-in file, a counter and a campaign list fed by the service. */
function pageServer(): Promise<{ origin: string; setService(url: string): void; server: Server }> {
  let service = '';
  const server = createServer((request, response) => {
    if (request.url === '/sen-widgets.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      response.end(readFileSync(DROP_IN));
    } else if (request.url === '/' || request.url?.startsWith('/tin-tuc')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Sở Nội vụ</title>
<script type="module" src="/sen-widgets.js"></script></head>
<body><main><h1>Tin tức</h1>
<sen-visit-counter hit="${service}/api/sites/${SITE}/hit" src="${service}/api/sites/${SITE}/stats" refresh="1"></sen-visit-counter>
<sen-campaign-list src="${service}/data/campaigns-cu.json"></sen-campaign-list>
</main></body></html>`);
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ origin: `http://127.0.0.1:${port}`, setService: (url) => (service = url), server });
    }),
  );
}

/** The figure a visitor reads, e.g. `11.530` under "Lượt truy cập". */
async function figure(page: Page, key: 'total' | 'online'): Promise<string> {
  return page.locator(`sen-visit-counter [data-figure=${key}] dd`).innerText();
}

async function until(page: Page, key: 'total' | 'online', expected: string): Promise<void> {
  const deadline = Date.now() + SHOWS_WITHIN;
  let shown = '';
  while (Date.now() < deadline) {
    shown = await figure(page, key).catch(() => '');
    if (shown === expected) return;
    await page.waitForTimeout(200);
  }
  assert.equal(shown, expected, `${key} shows ${expected}`);
}

for (const store of storeCases(5)) {
  describe(`<sen-visit-counter hit src> against the service in Chromium (${store.name})`, () => {
    let pages: Awaited<ReturnType<typeof pageServer>>;
    let service: RunningServer;
    let clock: ManualClock;
    const logs: { msg: string; [key: string]: unknown }[] = [];
    const log: Logger = (_level, msg, fields) => logs.push({ msg, ...fields });
    const hits = () => logs.filter((line) => line.msg === 'request' && String(line.path).endsWith('/hit'));

    before(async () => {
      await store.fresh();
      const data = tempDir();
      writeFileSync(
        join(data, 'campaigns-cu.json'),
        JSON.stringify({
          campaigns: [
            { id: 'a', title: 'Phong trào A' },
            { id: 'b', title: 42 },
          ],
        }),
      );
      pages = await pageServer();
      clock = manualClock(vn('2026-11-26 09:00'));
      service = await startServer(
        {
          port: 0,
          store: store.spec,
          data,
          sites: { [SITE]: { origins: [pages.origin], startTotal: 11529 } },
        },
        { clock, log },
      );
      pages.setService(service.url);
    });
    after(async () => {
      await service.close();
      pages.server.close();
      await store.cleanup();
    });

    it('counts one visit per browser session, shows online rising with a second visitor and falling 5 minutes after they leave', async () => {
      const first = await browser.newContext({ userAgent: LINUX_CHROME });
      const page = await first.newPage();
      await page.goto(pages.origin);
      await until(page, 'total', '11.530');
      assert.equal(await figure(page, 'online'), '1');
      await assert.doesNotReject(page.getByText('Đang online').waitFor());

      // The same session on its next page sends no hit; a new tab of the same browser is the same visitor.
      await page.goto(`${pages.origin}/tin-tuc/1`);
      await until(page, 'total', '11.530');
      const tab = await first.newPage();
      await tab.goto(pages.origin);
      await until(tab, 'total', '11.530');
      await tab.close();
      assert.deepEqual(
        hits().map((line) => line.outcome),
        ['counted', 'repeat'],
      );

      const second = await browser.newContext({ userAgent: WINDOWS_EDGE });
      const other = await second.newPage();
      await other.goto(pages.origin);
      await until(other, 'total', '11.531');
      await until(other, 'online', '2');
      await until(page, 'online', '2');

      await second.close();
      clock.advance(5 * MINUTE);
      await until(page, 'online', '1'); // the first visitor's page still asks, so they stay online
      assert.equal(await figure(page, 'total'), '11.531');
      await first.close();
    });

    it('logs the records a widget drops with the very warning the widget prints in the console', async () => {
      const context = await browser.newContext({ userAgent: LINUX_CHROME });
      const page = await context.newPage();
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await page.goto(pages.origin);
      await page.locator('sen-campaign-list[state=ready]').waitFor();
      const logged = logs.filter((line) => line.file === 'campaigns-cu.json').map((line) => line.warning);
      assert.deepEqual(logged, ['sen-campaign-list: campaigns[1].title: expected a string, got number']);
      assert.ok(warnings.includes(String(logged[0])), `console: ${JSON.stringify(warnings)}`);
      await context.close();
    });
  });
}
