import type { StoreSpec } from '../config/config.js';
import { openRedisStore } from './redis/redis-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** Opens the store the config names; rejects when it cannot be opened or reached. */
export async function openStore(spec: StoreSpec, onError: (error: Error) => void): Promise<Store> {
  return spec.kind === 'sqlite' ? openSqliteStore(spec.file) : openRedisStore(spec.url, onError);
}
