// Debian's Chromium through playwright-core (which downloads nothing), for the smoke and bench scripts.
import { chromium } from 'playwright-core';

/** Debian's Chromium, and the flags that keep it quiet on a closed network (also used by web-test-runner). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-sync',
  '--disable-background-networking',
  '--disable-component-update',
];

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}
