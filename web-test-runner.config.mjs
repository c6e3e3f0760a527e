import { esbuildPlugin } from '@web/dev-server-esbuild';
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
  // test/node/ runs in Node (npm run test:node), not in a browser.
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
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', define: { __SEN_VERSION__: '"test"' } })],
};
