// Shared by the tests of what ships (the one file, the CDN folder, the npm package in consumer
// bundles): pages that use the widgets as a site does, and the checks a visitor would make.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The four widgets on the repository's test fixtures, as a page writes them. */
export const FOUR_WIDGETS = `
  <sen-visit-counter src="/test/fixtures/visit-stats.json" refresh="0"></sen-visit-counter>
  <sen-hotline-card src="/test/fixtures/hotline-seed.json"></sen-hotline-card>
  <sen-campaign-list src="/test/fixtures/campaigns-seed.json" page-size="3"></sen-campaign-list>
  <sen-exemplar-gallery src="/test/fixtures/exemplars-sample.json"></sen-exemplar-gallery>`;

/** The same four in the editor-safe form, each with a fallback link. */
export const FOUR_EMBEDS = `
  <div data-sen-widget="visit-counter" data-src="/test/fixtures/visit-stats.json" data-refresh="0"><a href="/thong-ke">Thống kê truy cập</a></div>
  <div data-sen-widget="hotline-card" data-src="/test/fixtures/hotline-seed.json"><a href="/lien-he">Đường dây nóng</a></div>
  <div data-sen-widget="campaign-list" data-src="/test/fixtures/campaigns-seed.json" data-page-size="3" class="host-box"><a href="/phong-trao">Các phong trào thi đua</a></div>
  <div data-sen-widget="exemplar-gallery" data-src="/test/fixtures/exemplars-sample.json"><a href="/guong-dien-hinh">Gương điển hình</a></div>`;

/** A page of the demo's shape: `head` holds the script tags under test. */
export function pageWith(head, body = FOUR_WIDGETS) {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang thử</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
}

export const TAGS = ['sen-visit-counter', 'sen-hotline-card', 'sen-campaign-list', 'sen-exemplar-gallery'];

/**
 * Installs `window.deepQueryAll(selector)` in the page: finds elements across open shadow roots
 * (a widget inside a portal component's shadow DOM).
 */
export async function installDeepQuery(page) {
  await page.addInitScript(() => {
    window.deepQueryAll = function deepQueryAll(selector, root = document) {
      const found = [...root.querySelectorAll(selector)];
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) found.push(...deepQueryAll(selector, element.shadowRoot));
      }
      return found;
    };
  });
}

/** Waits until each tag in `tags` is on the page, defined and `ready`. */
export async function waitReady(page, tags = TAGS) {
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) => {
        const element = window.deepQueryAll(tag)[0];
        return element && customElements.get(tag) && element.getAttribute('state') === 'ready';
      }),
    tags,
    { timeout: 15000 },
  );
}

/**
 * What a visitor sees of each widget present: the counter's total, the hotline card's first call
 * link, the campaign titles shown, the gallery's cards; then the gallery's dialog is opened by a
 * click on the first card and read.
 */
export async function readWidgets(page) {
  const seen = await page.evaluate(() => {
    const shadow = (tag) => window.deepQueryAll(tag)[0]?.shadowRoot;
    const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim();
    return {
      total: text(shadow('sen-visit-counter')?.querySelector('[data-figure="total"] dd')),
      call: shadow('sen-hotline-card')?.querySelector('a[href^="tel:"]')?.getAttribute('href'),
      campaigns: shadow('sen-campaign-list')?.querySelectorAll('[part~="item"]').length,
      cards: shadow('sen-exemplar-gallery')?.querySelectorAll('[part~="card"]').length,
    };
  });
  const gallery = await page.evaluateHandle(() => window.deepQueryAll('sen-exemplar-gallery')[0]);
  if (await gallery.evaluate((element) => Boolean(element?.shadowRoot))) {
    await gallery.evaluate((element) => element.shadowRoot.querySelector('[part~="open"]').click());
    await page.waitForFunction((element) => element.shadowRoot.querySelector('dialog')?.open === true, gallery, {
      timeout: 5000,
    });
    seen.dialog = await gallery.evaluate((element) =>
      element.shadowRoot.querySelector('[part~="detail-name"]')?.textContent.trim(),
    );
  }
  return seen;
}

/** What the four widgets show on the test fixtures (page-size 3). */
export const FOUR_SEEN = {
  total: '11.529',
  call: 'tel:+84983570009',
  campaigns: 3,
  cards: 12,
  dialog: 'Nguyễn Văn An',
};

/** Collects page errors and console errors; `assertNone()` fails the test with them. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  return { errors, assertNone: () => assert.deepEqual(errors, []) };
}

/**
 * Records every script the page downloads from `prefix` (e.g. `/dist/`), to measure a page's
 * weight as a visitor's browser fetches it: gzip -9 of each file, summed.
 */
export function recordScripts(page, prefix = '/dist/') {
  const paths = new Set();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith(prefix) && pathname.endsWith('.js')) paths.add(pathname);
  });
  return {
    paths,
    gzipBytes: () =>
      [...paths].reduce((sum, path) => sum + gzipSync(readFileSync(`.${path}`), { level: 9 }).length, 0),
  };
}
