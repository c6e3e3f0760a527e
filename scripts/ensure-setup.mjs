#!/usr/bin/env node
/**
 * First-run setup, so `npm start` and `npm test` work as the first command on a fresh clone.
 * Uses only Node's built-ins (it runs before any dependency is installed).
 *
 *   node scripts/ensure-setup.mjs             install npm dependencies if missing or stale
 *   node scripts/ensure-setup.mjs --browsers  also make sure what the tests run exists: Debian's
 *                                             Chromium and Firefox ESR, redis-server (the counting
 *                                             service's second store) and faketime
 *
 * No test tool downloads a browser here: the tests use the system's. As root with apt-get, the
 * missing ones are installed from Debian's packages; otherwise this says exactly what to install.
 */
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  console.error(`sen-widgets needs Node.js 20 or newer; this is ${process.version}.`);
  process.exit(1);
}

const lock = 'package-lock.json';
const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(lock).mtimeMs > statSync(installed).mtimeMs + 1000) {
  console.log('setup: installing npm dependencies (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

if (process.argv.includes('--browsers')) {
  const browsers = [
    { name: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
    { name: 'Firefox ESR', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
    { name: 'Redis', path: '/usr/bin/redis-server', pkg: 'redis-server' },
    { name: 'faketime', path: '/usr/bin/faketime', pkg: 'faketime' },
  ];
  const missing = browsers.filter((browser) => !existsSync(browser.path));
  if (missing.length) {
    const packages = missing.map((browser) => browser.pkg).join(' ');
    const hasApt = existsSync('/usr/bin/apt-get');
    if (process.getuid?.() === 0 && hasApt) {
      console.log(`setup: installing ${missing.map((b) => b.name).join(' and ')} from Debian's packages…`);
      run('apt-get update -qq');
      run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`);
    } else {
      console.error(
        `The tests need ${missing.map((b) => `${b.name} at ${b.path}`).join(' and ')}.\n` +
          (hasApt
            ? `Install them with:  sudo apt-get install -y ${packages}\n`
            : `Install Chromium, Firefox ESR, redis-server and faketime with your system's package manager.\n`) +
          'Or point CHROMIUM_PATH / FIREFOX_PATH at existing executables.',
      );
      process.exit(1);
    }
  }
}
