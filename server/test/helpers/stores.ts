import { Redis } from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quietLogger } from '../../src/log/logger.js';
import { openStore } from '../../src/stores/open-store.js';
import type { Store } from '../../src/stores/store.js';

/** The throwaway Redis `npm test -w server` started; each test file uses its own database number. */
export function testRedisUrl(db: number): string {
  const base = process.env.SEN_TEST_REDIS_URL;
  if (!base) {
    throw new Error('SEN_TEST_REDIS_URL is not set: run the tests with `npm test -w server` (it starts Redis).');
  }
  return `${base}/${db}`;
}

export async function flushRedis(url: string): Promise<void> {
  const redis = new Redis(url);
  await redis.flushdb();
  await redis.quit();
}

/**
 * One store kind as the shared suites see it: `spec` is the config's `store` value, `open()` opens
 * a store on it (again after `close()`, to check what was kept), `fresh()` empties it.
 */
export interface StoreCase {
  name: 'sqlite' | 'redis';
  spec: string;
  open(): Promise<Store>;
  fresh(): Promise<void>;
  cleanup(): Promise<void>;
}

export function storeCases(redisDb: number): StoreCase[] {
  const dir = mkdtempSync(join(tmpdir(), 'sen-store-'));
  let generation = 0;
  const sqlite: StoreCase = {
    name: 'sqlite',
    get spec() {
      return `sqlite:${join(dir, `counter-${generation}.db`)}`;
    },
    open: () => openStore({ kind: 'sqlite', file: join(dir, `counter-${generation}.db`) }, () => {}),
    async fresh() {
      generation += 1;
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  const url = testRedisUrl(redisDb);
  const redis: StoreCase = {
    name: 'redis',
    spec: url,
    open: () => openStore({ kind: 'redis', url }, (error) => quietLogger('error', error.message)),
    fresh: () => flushRedis(url),
    cleanup: () => flushRedis(url),
  };
  return [sqlite, redis];
}
