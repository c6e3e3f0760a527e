import commonjs from '@rollup/plugin-commonjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/browser.mjs';
import { faultMiddleware } from './test/server/fault-middleware.mjs';

// Debian's browsers (see README): no test tool downloads its own.
// `reducedMotion`: the visitor's system asks for reduced motion (the group of *.reduced-motion tests).
const chromium = ({ reducedMotion = false } = {}) =>
  chromeLauncher({
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_FLAGS, ...(reducedMotion ? ['--force-prefers-reduced-motion'] : [])],
    },
  });

const firefox = ({ reducedMotion = false } = {}) =>
  chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {},
    },
  });

const only = process.env.BROWSERS?.split(',');
const launchers = (options) =>
  [
    ['chromium', chromium],
    ['firefox', firefox],
  ]
    .filter(([name]) => !only || only.includes(name))
    .map(([, launch]) => launch(options));

export default {
  // test/node/ holds Node's own tests (npm run test:node), not browser ones.
  files: ['test/**/*.test.ts', '!test/node/**', '!test/**/*.reduced-motion.test.ts'],
  groups: [
    { name: 'reduced-motion', files: 'test/**/*.reduced-motion.test.ts', browsers: launchers({ reducedMotion: true }) },
  ],
  nodeResolve: true,
  // One page at a time: a page in a background tab is hidden, and hidden pages rightly pause
  // polling and lazy loading.
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browsers: launchers(),
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 240000,
  middleware: [faultMiddleware],
  // The shipped builds' settings: a test never runs code the browser builds leave out.
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: 'tsconfig.json',
      define: { __SEN_VERSION__: '"test"', __SEN_JSON_SCHEMA__: 'false' },
    }),
    // Papa Parse (the studio's CSV reader) ships CommonJS/UMD only; Vite converts it at build, this does in tests.
    // Its `require('stream')` serves Node streams only and is left alone.
    fromRollup(commonjs)({ include: ['**/node_modules/papaparse/**'], ignore: ['stream'], strictRequires: false }),
    // read-/write-excel-file end their entry files with CRLF and no final newline, which the dev
    // server's import rewriting cuts short (the last quote goes missing): give it plain LF.
    {
      name: 'excel-file-line-ends',
      transform(context) {
        if (/\/node_modules\/(read|write)-excel-file\//.test(context.path) && typeof context.body === 'string') {
          return { body: `${context.body.replace(/\r\n?/g, '\n')}\n` };
        }
      },
    },
  ],
};
