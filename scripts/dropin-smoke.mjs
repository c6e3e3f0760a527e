#!/usr/bin/env node
/**
 * Checks the built drop-in file the way a webmaster uses it: a plain HTML page (test/dropin/) that
 * loads dist/sen-widgets.js twice (two module instances, as two pasted snippets would) must show
 * the widgets with no error.
 */
import { readFileSync } from 'node:fs';
import { launchChromium } from './browser.mjs';
import { serveStatic } from './serve-static.mjs';

const bundle = readFileSync('dist/sen-widgets.js', 'utf8');
if (/^\s*import[\s{*]|[;}]\s*import\s*[{*\w]/m.test(bundle.replace(/`[^`]*`|"[^"]*"|'[^']*'/g, ''))) {
  throw new Error('dropin-smoke: dist/sen-widgets.js still imports other modules; it must be self-contained');
}

const server = await serveStatic('.');
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/test/dropin/index.html`);
  await page.waitForFunction(
    () => document.querySelector('sen-visit-counter')?.getAttribute('state') === 'ready',
    null,
    { timeout: 10000 },
  );
  const total = await page.evaluate(() =>
    document.querySelector('sen-visit-counter').shadowRoot.querySelector('[data-figure="total"] dd').textContent.trim(),
  );
  if (errors.length) throw new Error(`dropin-smoke: page errors: ${errors.join('; ')}`);
  if (total !== '11.529') throw new Error(`dropin-smoke: expected 11.529, saw ${total}`);
  console.log('dropin-smoke: the drop-in file, loaded twice on a plain page, renders the visit counter (11.529)');
} finally {
  await browser.close();
  await server.close();
}
