#!/usr/bin/env node
// npm run build: npm modules (Lit external), the drop-in file, type declarations, JSON Schemas
// and custom-elements.json. Each step is a plain command so a failure names itself.
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command) => {
  console.log(`\n> ${command}`);
  execSync(command, { stdio: 'inherit' });
};

rmSync('dist', { recursive: true, force: true });
run('vite build --logLevel warn');
run('vite build --mode dropin --logLevel warn');
run('vite build --config studio/vite.config.ts --logLevel warn');
run('tsc -p tsconfig.build.json');
run(
  'esbuild scripts/generate-schemas.ts --bundle --platform=node --format=esm --log-level=warning --outfile=dist/.generate-schemas.mjs',
);
run('node dist/.generate-schemas.mjs schemas');
rmSync('dist/.generate-schemas.mjs');
run('npm run manifest --silent');
