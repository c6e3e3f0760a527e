#!/usr/bin/env node
/**
 * Opens every story of the built Storybook in headless Chromium and fails when one does not
 * render: Storybook can build "successfully" and still show a blank story (see TOOLCHAIN.md).
 * A story passes when its widget is defined, has rendered its shadow root and reached the state
 * the story declares (`parameters.expectState`, default `ready`), with no page error.
 */
import { readFileSync } from 'node:fs';
import { launchChromium } from './browser.mjs';
import { serveStatic } from './serve-static.mjs';

const root = 'storybook-static';
const index = JSON.parse(readFileSync(`${root}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
if (stories.length === 0) throw new Error('storybook-smoke: no stories in the build');

const server = await serveStatic(root);
const browser = await launchChromium();
const failures = [];
try {
  for (const story of stories) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`);
    try {
      const result = await page.waitForFunction(
        () => {
          const wrapper = document.querySelector('#storybook-root [data-expect-state]');
          const widget = wrapper?.querySelector('[state]');
          if (!widget || !widget.shadowRoot?.childElementCount) return false;
          const want = wrapper.dataset.expectState;
          return widget.getAttribute('state') === want ? { tag: widget.localName, state: want } : false;
        },
        null,
        { timeout: 10000 },
      );
      const { tag, state } = await result.jsonValue();
      if (errors.length) throw new Error(errors.join('; '));
      console.log(`  ok  ${story.id}: <${tag}> ${state}`);
    } catch (error) {
      const state = await page.evaluate(
        () => document.querySelector('#storybook-root [state]')?.getAttribute('state') ?? 'no widget',
      );
      failures.push(`${story.id}: ${state}; ${error.message.split('\n')[0]}`);
      console.log(`  FAIL ${story.id}: ${state}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

if (failures.length) {
  console.error(
    `storybook-smoke: ${failures.length} of ${stories.length} stories did not render:\n${failures.join('\n')}`,
  );
  process.exit(1);
}
console.log(`storybook-smoke: ${stories.length} stories rendered`);
