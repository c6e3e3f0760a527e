import commonjs from '@rollup/plugin-commonjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { faultMiddleware } from './test/server/fault-middleware.mjs';

// Debian's browsers (see README): no test tool downloads its own.
const chromium = chromeLauncher({
  launchOptions: {
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
  },
});

const firefox = chromeLauncher({
  puppeteer,
  launchOptions: {
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
  },
});

const only = process.env.BROWSERS?.split(',');
const browsers = [
  ['chromium', chromium],
  ['firefox', firefox],
].filter(([name]) => !only || only.includes(name));

export default {
  // test/node/ holds Node's own tests (npm run test:node), not browser ones.
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // One page at a time: a page in a background tab is hidden, and hidden pages rightly pause
  // polling and lazy loading.
  concurrency: 1,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browsers: browsers.map(([, launcher]) => launcher),
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 240000,
  middleware: [faultMiddleware],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', define: { __SEN_VERSION__: '"test"' } }),
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
