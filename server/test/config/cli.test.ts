import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { tempDir } from '../helpers/server-process.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const site = { 'snv-angiang': { origins: ['https://snv.angiang.gov.vn'] } };

/** Runs the bin to its end: exit code, stdout, stderr. */
function run(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

function configFile(content: unknown): string {
  const file = join(tempDir(), 'sen-server.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** The contract: exit 1, one line naming the field, in Vietnamese and English, no stack trace. */
function assertRefused(result: { code: number | null; stdout: string; stderr: string }, field: string) {
  assert.equal(result.code, 1);
  const lines = result.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, result.stderr);
  assert.ok(lines[0].startsWith('sen-widgets-server: '), lines[0]);
  assert.ok(lines[0].includes(`${field}: `), `names ${field}: ${lines[0]}`);
  assert.match(lines[0], / \| /, 'Vietnamese | English');
  assert.doesNotMatch(result.stderr, /\n\s+at |Error:/);
  assert.equal(result.stdout, '');
}

describe('the command line with a bad config', () => {
  it('refuses a config file that does not exist', async () => {
    assertRefused(await run(['--config', '/nonexistent/sen-server.json']), '--config');
  });

  it('refuses a config file that is not JSON', async () => {
    const result = await run(['--config', configFile('{ "port": 8787, }')]);
    assertRefused(result, '--config');
    assert.match(result.stderr, /không phải JSON hợp lệ/);
  });

  for (const [what, config, field] of [
    ['an origin with a path', { sites: { a: { origins: ['https://a.vn/tin'] } } }, 'sites.a.origins[0]'],
    ['a misspelt field', { sites: site, trustproxy: true }, 'trustproxy'],
    [
      'a startTotal as text',
      { sites: { a: { origins: ['https://a.vn'], startTotal: '11529' } } },
      'sites.a.startTotal',
    ],
    ['no sites at all', { port: 8787 }, 'sites'],
  ] as const) {
    it(`refuses ${what}, naming ${field}`, async () => {
      assertRefused(await run(['--config', configFile(config)]), field);
    });
  }

  it('refuses a bad PORT or SEN_STORE from the environment, naming the variable', async () => {
    const file = configFile({ sites: site });
    assertRefused(await run(['--config', file], { PORT: 'tám' }), 'PORT');
    assertRefused(await run(['--config', file], { SEN_STORE: 'postgres://db/sen' }), 'SEN_STORE');
  });

  it('refuses a Redis it cannot reach, naming the store', async () => {
    const result = await run(['--config', configFile({ store: 'redis://127.0.0.1:1/0', sites: site })]);
    assertRefused(result, 'store');
  });

  it('refuses a port already in use, naming the port', async () => {
    const busy = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => busy.once('listening', resolve));
    const { port } = busy.address() as { port: number };
    try {
      const dir = tempDir();
      const file = configFile({ port, store: `sqlite:${dir}/c.db`, sites: site });
      assertRefused(await run(['--config', file]), 'port');
    } finally {
      busy.close();
    }
  });

  it('refuses an unknown argument and shows the usage', async () => {
    const result = await run(['--confg', 'x.json']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /--confg: tham số không rõ \| unknown argument/);
    assert.match(result.stderr, /--config, -c/);
  });

  it('prints its usage with --help and exits 0', async () => {
    const result = await run(['--help']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /sen-widgets-server --config/);
  });
});
