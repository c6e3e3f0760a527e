#!/usr/bin/env node
/**
 * npm run test:node: the tests that need no browser (test/node/**\/*.test.ts), run by Node's own
 * test runner with tsx for TypeScript. Node 20's `--test` takes no glob, so the files are listed
 * here; extra arguments (e.g. a file) replace the list.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = 'test/node';
const given = process.argv.slice(2);
const files = given.length
  ? given
  : readdirSync(root, { recursive: true })
      .filter((name) => name.endsWith('.test.ts'))
      .sort()
      .map((name) => join(root, name));

const { status } = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files], { stdio: 'inherit' });
process.exit(status ?? 1);
