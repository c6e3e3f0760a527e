// Screenshots for review: the four widgets from the CDN folder in a 300 px sidebar of pages styled
// by Bootstrap 3, Bootstrap 5 and a hostile sheet, written to test-output/host-pages/. The
// behaviour on those pages is asserted in both browsers by test/host-pages/; this records how it
// looks, and checks the built files hold the same line (nothing wider than the sidebar).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { FOUR_WIDGETS, installDeepQuery, pageWith, waitReady, watchErrors } from './support.mjs';

const SHEETS = {
  'bootstrap-3': '/node_modules/bootstrap3/dist/css/bootstrap.min.css',
  'bootstrap-5': '/node_modules/bootstrap/dist/css/bootstrap.min.css',
  hostile: '/test/host-pages/hostile.css',
};
const OUT = 'test-output/host-pages';

const pages = Object.fromEntries(
  Object.entries(SHEETS).map(([name, href]) => [
    `/host/${name}.html`,
    pageWith(
      `<link rel="stylesheet" href="${href}"><script type="module" src="/dist/cdn/sen-loader.js"></script>`,
      `<aside style="display: block; width: 300px; padding: 8px">${FOUR_WIDGETS}</aside>`,
    ),
  ]),
);

let server;
let browser;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await serveStatic('.', { pages });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built widgets on host pages (screenshots in test-output/host-pages/)', () => {
  for (const name of Object.keys(SHEETS)) {
    it(`${name}: every widget inside the 300 px sidebar`, async () => {
      const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
      await installDeepQuery(page);
      const errors = watchErrors(page);
      await page.goto(`${server.url}/host/${name}.html`);
      await waitReady(page);
      const widest = await page.evaluate(() => {
        const aside = document.querySelector('aside').getBoundingClientRect();
        return [...document.querySelectorAll('aside > *')].map((widget) => {
          const rect = widget.getBoundingClientRect();
          return { tag: widget.localName, inside: rect.left >= aside.left - 1 && rect.right <= aside.right + 1 };
        });
      });
      await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
      console.log(`  screenshot: ${OUT}/${name}.png`);
      assert.deepEqual(
        widest.filter((widget) => !widget.inside),
        [],
      );
      errors.assertNone();
      await page.close();
    });
  }
});
