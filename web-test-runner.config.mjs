import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { faultMiddleware } from './test/server/fault-middleware.mjs';

// Debian's browsers (see README): no test tool downloads its own.
// `reducedMotion`: the visitor's system asks for reduced motion (the group of *.reduced-motion tests).
const chromium = ({ reducedMotion = false } = {}) =>
  chromeLauncher({
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
        ...(reducedMotion ? ['--force-prefers-reduced-motion'] : []),
      ],
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
  files: ['test/**/*.test.ts', '!test/**/*.reduced-motion.test.ts'],
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
      define: { __SEN_VERSION__: '"test"' },
    }),
  ],
};
