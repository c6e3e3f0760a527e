import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import { after, describe, it } from 'node:test';
import { countedPeriods, saltExpiresAt } from '../../src/counting/rules.js';
import { openRedisStore } from '../../src/stores/redis/redis-store.js';
import { openSqliteStore } from '../../src/stores/sqlite/sqlite-store.js';
import { vn } from '../helpers/clock.js';
import { tempDir } from '../helpers/server-process.js';
import { flushRedis, storeCases, testRedisUrl } from '../helpers/stores.js';
import { storeSuite } from './store-suite.js';

for (const store of storeCases(1)) storeSuite(store);

describe('how each store forgets', () => {
  const at = vn('2026-11-26 09:00');
  const record = {
    site: 'snv-angiang',
    visitor: { current: 'a' },
    saltDay: '2026-11-26',
    at,
    keepUntil: saltExpiresAt('2026-11-26'),
    periods: countedPeriods(at),
  };

  it('SQLite deletes the visitor records made with a deleted salt', async () => {
    const file = `${tempDir()}/counter.db`;
    const store = openSqliteStore(file);
    await store.hit(record);
    await store.hit({ ...record, visitor: { current: 'b' }, saltDay: '2026-11-27' });
    await store.forgetSaltsBefore('2026-11-27');
    await store.close();
    const db = new Database(file, { readonly: true });
    assert.deepEqual(db.prepare('SELECT id FROM visitors').all(), [{ id: 'b' }]);
    db.close();
  });

  const url = testRedisUrl(2);
  after(() => flushRedis(url));

  it('Redis lets visitor records and salts expire when their salt must be gone', async () => {
    await flushRedis(url);
    const store = await openRedisStore(url, () => {});
    await store.salt('2026-11-26', saltExpiresAt('2026-11-26'), at);
    await store.hit(record);
    await store.close();
    const redis = new Redis(url);
    const leftMs = saltExpiresAt('2026-11-26') - at;
    for (const key of ['sen:visitor:snv-angiang:a', 'sen:salt:2026-11-26']) {
      const ttl = await redis.pttl(key);
      assert.ok(ttl > leftMs - 5000 && ttl <= leftMs, `${key} expires with its salt (${ttl} ms)`);
    }
    await redis.quit();
  });
});
