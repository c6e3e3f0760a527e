#!/usr/bin/env node
// npm run build: the npm modules (Lit external) with their type declarations, the one-file drop-in,
// the CDN folder with its loader, the JSON Schemas and custom-elements.json (with the editors'
// tag data). Each step is a plain command so a failure names itself.
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command) => {
  console.log(`\n> ${command}`);
  execSync(command, { stdio: 'inherit' });
};

rmSync('dist', { recursive: true, force: true });
run('vite build --logLevel warn');
run('tsc -p tsconfig.build.json');
run('vite build --mode dropin --logLevel warn');
run('vite build --mode cdn --logLevel warn');
run('vite build --mode cdn-loader --logLevel warn');
rmSync('dist/cdn/.vite', { recursive: true, force: true });
run('vite build --config studio/vite.config.ts --logLevel warn');
run(
  'esbuild scripts/generate-schemas.ts --bundle --platform=node --format=esm --log-level=warning --outfile=dist/.generate-schemas.mjs',
);
run('node dist/.generate-schemas.mjs schemas');
rmSync('dist/.generate-schemas.mjs');
run('npm run manifest --silent');
