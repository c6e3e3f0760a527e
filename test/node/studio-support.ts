import type { Browser } from 'playwright-core';

// The smoke scripts' helpers are plain .mjs files without types; this gives them theirs here.
// (A computed specifier keeps TypeScript from asking for declaration files.)
const scripts = '../../scripts/';
const browserModule = (await import(`${scripts}browser.mjs`)) as { launchChromium(): Promise<Browser> };
const serveModule = (await import(`${scripts}serve-static.mjs`)) as {
  serveStatic(root: string): Promise<{ url: string; close(): Promise<void> }>;
};

/** Debian's Chromium through playwright-core, with the quiet flags (scripts/browser.mjs). */
export const launchChromium = browserModule.launchChromium;
/** A static file server on 127.0.0.1 at a free port (scripts/serve-static.mjs). */
export const serveStatic = serveModule.serveStatic;
