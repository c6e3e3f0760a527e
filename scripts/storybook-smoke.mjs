#!/usr/bin/env node
/**
 * Opens every story and every docs page of the built Storybook in headless Chromium and fails
 * when one does not render: Storybook can build "successfully" and still show a blank story (see
 * TOOLCHAIN.md).
 * - A story passes when its widget is defined, has rendered its shadow root and reached the state
 *   the story declares (`parameters.expectState`, default `ready`), with no page error.
 * - A widget's docs page passes when it shows its title, the embed code, the API tables from the
 *   manifest (attributes, properties, events, parts, CSS properties) and every one of its stories,
 *   each reaching its declared state. The "Getting started" page must link to a studio that loads.
 */
import { readFileSync } from 'node:fs';
import { launchChromium } from './browser.mjs';
import { serveStatic } from './serve-static.mjs';

const root = 'storybook-static';
const index = JSON.parse(readFileSync(`${root}/index.json`, 'utf8'));
const entries = Object.values(index.entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');
if (stories.length === 0) throw new Error('storybook-smoke: no stories in the build');
if (docs.length === 0) throw new Error('storybook-smoke: no docs pages in the build');

/** The API table sections the manifest must fill on a widget's docs page (Storybook's category names). */
const API_SECTIONS = ['attributes', 'properties', 'events', 'css custom properties', 'css shadow parts'];

const server = await serveStatic(root);
const browser = await launchChromium();
const failures = [];

/** Opens a page, runs `check`, records a failure with `describe()`'s words. */
async function visit(id, url, check) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  try {
    const detail = await check(page);
    if (errors.length) throw new Error(errors.join('; '));
    console.log(`  ok  ${id}: ${detail}`);
  } catch (error) {
    failures.push(`${id}: ${error.message.split('\n')[0]}`);
    console.log(`  FAIL ${id}: ${error.message.split('\n')[0]}`);
  }
  await page.close();
}

/** Every `[data-expect-state]` wrapper under `scope` holds a rendered widget in the state it declares. */
const widgetsSettled = (scope) => {
  const wrappers = [...document.querySelectorAll(`${scope} [data-expect-state]`)];
  if (!wrappers.length) return false;
  const settled = wrappers.every((wrapper) => {
    const widget = wrapper.querySelector('[state]');
    return widget?.shadowRoot?.childElementCount && widget.getAttribute('state') === wrapper.dataset.expectState;
  });
  return settled ? wrappers.length : false;
};

try {
  for (const story of stories) {
    await visit(story.id, `${server.url}/iframe.html?id=${story.id}&viewMode=story`, async (page) => {
      const result = await page
        .waitForFunction(widgetsSettled, '#storybook-root', { timeout: 10000 })
        .catch(async () => {
          const state = await page.evaluate(
            () => document.querySelector('#storybook-root [state]')?.getAttribute('state') ?? 'no widget',
          );
          throw new Error(`state ${state}`);
        });
      const state = await page.evaluate(() => {
        const widget = document.querySelector('#storybook-root [state]');
        return `<${widget.localName}> ${widget.getAttribute('state')}`;
      });
      await result.dispose();
      return state;
    });
  }

  for (const entry of docs) {
    await visit(entry.id, `${server.url}/iframe.html?id=${entry.id}&viewMode=docs`, async (page) => {
      await page.locator('#storybook-docs h1').first().waitFor({ timeout: 10000 });
      const title = (await page.locator('#storybook-docs h1').first().innerText()).trim();
      if (entry.tags?.includes('unattached-mdx')) {
        // Getting started: its link to the studio must lead to a studio that loads.
        const href = await page.locator('#storybook-docs a', { hasText: 'Sen studio' }).first().getAttribute('href');
        const studio = await browser.newPage();
        await studio.goto(new URL(href, `${server.url}/iframe.html`).href);
        await studio.locator('sen-studio h1').waitFor({ timeout: 10000 });
        await studio.close();
        return `"${title}", studio link ${href} loads`;
      }
      const own = stories.filter((story) => story.title === entry.title);
      const count = await page
        .waitForFunction(widgetsSettled, '#storybook-docs', { timeout: 15000 })
        .then((handle) => handle.jsonValue())
        .catch(() => {
          throw new Error('not every story on the page reached its state');
        });
      if (count < own.length) throw new Error(`${count} stories shown, ${own.length} expected`);
      // The code blocks render after the stories (their highlighter loads late): wait for them.
      const hasEmbedCode = await page
        .waitForFunction(
          () => {
            const shown = document.querySelector('#storybook-docs')?.innerText ?? '';
            return shown.includes('<script type="module"') && shown.includes('data-sen-widget=');
          },
          null,
          { timeout: 10000 },
        )
        .then(
          () => true,
          () => false,
        );
      if (!hasEmbedCode) throw new Error('no embed code');
      const text = (await page.locator('#storybook-docs').innerText()).toLowerCase();
      const missing = API_SECTIONS.filter((section) => !text.includes(section));
      if (missing.length) throw new Error(`API tables lack: ${missing.join(', ')}`);
      return `"${title}", ${count} stories, API tables, embed code`;
    });
  }

  // The toolbar: the theme switch reaches the widget, and the page font is a portal's sans, not serif.
  const first = stories.find((story) => story.id.endsWith('--ready'));
  await visit(
    `${first.id} (toolbar)`,
    `${server.url}/iframe.html?id=${first.id}&viewMode=story&globals=theme:dark;lang:en`,
    async (page) => {
      const widget = page.locator('#storybook-root [state=ready]');
      await widget.waitFor({ timeout: 10000 });
      const seen = await widget.evaluate((element) => ({
        theme: element.getAttribute('theme'),
        lang: document.documentElement.lang,
        font: getComputedStyle(element).fontFamily,
      }));
      if (seen.theme !== 'dark' || seen.lang !== 'en') throw new Error(`toolbar not applied: ${JSON.stringify(seen)}`);
      if (!/^Arial\b/.test(seen.font)) throw new Error(`page font is ${seen.font}`);
      return `theme dark, lang en, font ${seen.font.split(',')[0]}`;
    },
  );
} finally {
  await browser.close();
  await server.close();
}

const total = stories.length + docs.length;
if (failures.length) {
  console.error(`storybook-smoke: ${failures.length} of ${total} pages did not render:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`storybook-smoke: ${stories.length} stories and ${docs.length} docs pages rendered`);
