import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Periods } from '../../counting/calendar.js';
import { isNewVisit, onlineSince, TOTAL } from '../../counting/rules.js';
import type { VisitorIds } from '../../counting/visitor.js';
import type { HitRecord, Store, StoredCounts, VisitCount } from '../store.js';

/**
 * The store for several instances behind one load balancer: every instance reads and writes the
 * same Redis (or Valkey) database. Keys, all under `sen:`:
 *   sen:salt:<day>               the day's salt (hex), expiring with the salt
 *   sen:salt-days                the days that have a salt, so old ones can be deleted
 *   sen:visitor:<site>:<id>      the visitor's last hit (ms), expiring with its salt
 *   sen:visits:<site>            hash: `total`, `YYYY-MM-DD`, `YYYY-MM` → counted visits
 *   sen:online:<site>            sorted set: visitor id → last seen (ms)
 * A hit is answered after Redis has acknowledged its writes; Redis' own persistence (AOF) decides
 * what survives a restart of Redis itself.
 */
export async function openRedisStore(url: string, onError: (error: Error) => void): Promise<Store> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, connectTimeout: 5000 });
  // A failed first connection rejects connect() and is reported once, with its first cause.
  let cause: Error | undefined;
  const starting = (error: Error) => (cause ??= error);
  redis.on('error', starting);
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw cause ?? error;
  }
  redis.off('error', starting).on('error', onError);

  const key = {
    salt: (day: string) => `sen:salt:${day}`,
    saltDays: 'sen:salt-days',
    visitor: (site: string, id: string) => `sen:visitor:${site}:${id}`,
    visits: (site: string) => `sen:visits:${site}`,
    online: (site: string) => `sen:online:${site}`,
  };

  return {
    kind: 'redis',
    async salt(day, keepUntil, at) {
      const mine = randomBytes(32).toString('hex');
      const [[setError, existing], [addError]] = (await redis
        .multi()
        .set(key.salt(day), mine, 'PX', Math.max(1, keepUntil - at), 'NX', 'GET')
        .sadd(key.saltDays, day)
        .exec())!;
      if (setError || addError) throw setError ?? addError;
      return Buffer.from((existing as string | null) ?? mine, 'hex');
    },
    async existingSalt(day) {
      const value = await redis.get(key.salt(day));
      return value === null ? undefined : Buffer.from(value, 'hex');
    },
    async forgetSaltsBefore(day) {
      const old = (await redis.smembers(key.saltDays)).filter((saltDay) => saltDay < day);
      if (old.length === 0) return;
      // Visitor records expire on their own at the same moment (their TTL is the salt's).
      await check(
        redis
          .multi()
          .del(...old.map(key.salt))
          .srem(key.saltDays, ...old)
          .exec(),
      );
    },
    async hit(record: HitRecord) {
      const { site, visitor, at } = record;
      const read = redis
        .multi()
        .set(key.visitor(site, visitor.current), String(at), 'PX', Math.max(1, record.keepUntil - at), 'GET');
      if (visitor.previous) read.get(key.visitor(site, visitor.previous));
      const lastHits = (await check(read.exec())).filter((value) => value !== null).map(Number);
      const counted = isNewVisit(lastHits.length ? Math.max(...lastHits) : undefined, at);
      const write = redis.multi();
      if (counted) for (const period of record.periods) write.hincrby(key.visits(site), period, 1);
      write.zadd(key.online(site), at, visitor.current);
      if (visitor.previous) write.zrem(key.online(site), visitor.previous);
      write.zremrangebyscore(key.online(site), '-inf', onlineSince(at));
      await check(write.exec());
      return counted;
    },
    async seen(site: string, visitor: VisitorIds, at: number) {
      const [current, previous] = await check(
        redis
          .multi()
          .exists(key.visitor(site, visitor.current))
          .exists(key.visitor(site, visitor.previous ?? visitor.current))
          .exec(),
      );
      if (current) {
        const write = redis.multi().zadd(key.online(site), at, visitor.current);
        if (visitor.previous) write.zrem(key.online(site), visitor.previous);
        await check(write.exec());
      } else if (visitor.previous && previous) {
        await redis.zadd(key.online(site), at, visitor.previous);
      }
    },
    async read(site: string, periods: Periods, since: number): Promise<StoredCounts> {
      const [visits, online] = await check(
        redis
          .multi()
          .hmget(key.visits(site), TOTAL, periods.today, periods.yesterday, periods.month)
          .zcount(key.online(site), `(${since}`, '+inf')
          .exec(),
      );
      const [total, today, yesterday, month] = (visits as (string | null)[]).map((value) => Number(value ?? 0));
      return { total, today, yesterday, month, online: Number(online) };
    },
    async visitCounts() {
      const counts: VisitCount[] = [];
      for await (const keys of redis.scanStream({ match: key.visits('*'), count: 200 }) as AsyncIterable<string[]>) {
        for (const visitsKey of keys) {
          const site = visitsKey.slice(key.visits('').length);
          for (const [period, count] of Object.entries(await redis.hgetall(visitsKey))) {
            counts.push({ site, period, count: Number(count) });
          }
        }
      }
      return counts.sort((a, b) => a.site.localeCompare(b.site) || a.period.localeCompare(b.period));
    },
    async setVisitCounts(counts) {
      const write = redis.multi();
      for (const { site, period, count } of counts) write.hset(key.visits(site), period, count);
      await check(write.exec());
    },
    async ping() {
      await redis.ping();
    },
    async close() {
      if (redis.status === 'end') return;
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** The results of a MULTI, or its first error. */
async function check(results: Promise<[Error | null, unknown][] | null>): Promise<unknown[]> {
  const settled = await results;
  if (!settled) throw new Error('Redis aborted the transaction');
  const failed = settled.find(([error]) => error);
  if (failed) throw failed[0];
  return settled.map(([, value]) => value);
}
