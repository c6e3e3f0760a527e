import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { countedPeriods, saltExpiresAt } from '../../src/counting/rules.js';
import { openSqliteStore } from '../../src/stores/sqlite/sqlite-store.js';
import { vn } from '../helpers/clock.js';
import { ORIGIN, statsOf } from '../helpers/requests.js';
import { startServerProcess, tempDir } from '../helpers/server-process.js';
import { flushRedis, testRedisUrl } from '../helpers/stores.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function run(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '' } });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (out += chunk));
  return new Promise<{ code: number | null; out: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, out })),
  );
}

describe('moving from SQLite to Redis (--copy-to)', () => {
  const redis = testRedisUrl(6);
  after(() => flushRedis(redis));

  it('copies every site’s counts, so Redis answers what SQLite answered, and refuses to copy over counts', async () => {
    await flushRedis(redis);
    const dir = tempDir();
    const store = openSqliteStore(join(dir, 'sen-data/counter.db'));
    for (const [id, wallClock] of [
      ['a', '2026-11-20 10:00'],
      ['b', '2026-11-25 10:00'],
      ['c', '2026-11-26 08:00'],
    ]) {
      const at = vn(wallClock);
      await store.hit({
        site: 'snv-angiang',
        visitor: { current: id },
        saltDay: wallClock.slice(0, 10),
        at,
        keepUntil: saltExpiresAt(wallClock.slice(0, 10)),
        periods: countedPeriods(at),
      });
    }
    await store.close();
    const config = {
      port: 0,
      store: 'sqlite:./sen-data/counter.db',
      sites: { 'snv-angiang': { origins: [ORIGIN], startTotal: 11529 } },
    };
    writeFileSync(join(dir, 'sen-server.json'), JSON.stringify(config));

    const copied = await run(['--config', join(dir, 'sen-server.json'), '--copy-to', redis]);
    assert.equal(copied.code, 0, copied.out);
    assert.match(copied.out, /copied 5 counters/);

    const answers = [];
    for (const storeSpec of [config.store, redis]) {
      const server = await startServerProcess({ config: { ...config, store: storeSpec }, dir });
      const { updatedAt: _, ...stats } = await statsOf(server.url, 'snv-angiang');
      answers.push(stats);
      assert.equal(await server.stop(), 0);
    }
    assert.deepEqual(answers[1], answers[0]);
    assert.equal(answers[1].total, 11532);

    const again = await run(['--config', join(dir, 'sen-server.json'), '--copy-to', redis]);
    assert.equal(again.code, 1);
    assert.match(again.out, /^sen-widgets-server: --copy-to: .* \| the target store already holds counts/);
  });
});
