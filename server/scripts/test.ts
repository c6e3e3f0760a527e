/**
 * `npm test -w server`: builds what the tests need (the widgets' `dist/` when stale, this
 * package's `dist/`), type-checks the tests, checks for libfaketime, starts a throwaway
 * redis-server, runs every test file with Node's test runner, stops Redis. Arguments name test
 * files to run instead of all of them. A missing redis-server or libfaketime fails at once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireLibfaketime } from '../test/helpers/libfaketime.js';
import { startThrowawayRedis } from '../test/helpers/throwaway-redis.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const rootDir = join(serverDir, '..');

function run(command: string, args: string[], cwd: string, env = process.env): number {
  return spawnSync(command, args, { cwd, env, stdio: 'inherit' }).status ?? 1;
}

function files(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => test(name))
    .map((name) => join(dir, name));
}

/** The widgets' build (`dist/check.js` for data files, `dist/sen-widgets.js` for the browser test). */
function widgetsBuildIsStale(): boolean {
  const outputs = ['dist/check.js', 'dist/types/check.d.ts', 'dist/sen-widgets.js'].map((file) => join(rootDir, file));
  if (!outputs.every((file) => existsSync(file))) return true;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const sources = [...files(join(rootDir, 'src'), () => true), join(rootDir, 'package.json')];
  return sources.some((file) => statSync(file).mtimeMs > built);
}

if (widgetsBuildIsStale()) {
  console.log('server tests: building the widgets (npm run build at the root)…');
  if (run('npm', ['run', 'build', '--silent'], rootDir) !== 0) process.exit(1);
}
if (run('npm', ['run', 'build', '--silent'], serverDir) !== 0) process.exit(1);
if (
  run(process.execPath, [join(rootDir, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.test.json'], serverDir) !== 0
) {
  process.exit(1); // the tests and scripts type-check too
}

try {
  requireLibfaketime();
} catch (error) {
  console.error(`\nserver tests: ${(error as Error).message}\n`);
  process.exit(1);
}
const redis = await startThrowawayRedis().catch((error: Error) => {
  console.error(`\nserver tests: ${error.message}\n`);
  process.exit(1);
});

const chosen = process.argv.slice(2);
const testFiles = chosen.length
  ? chosen
  : files(join(serverDir, 'test'), (name) => name.endsWith('.test.ts')).map((file) => relative(serverDir, file));
const status = run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...testFiles], serverDir, {
  ...process.env,
  SEN_TEST_REDIS_URL: redis.url,
});
await redis.stop();
process.exit(status);
