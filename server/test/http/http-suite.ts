import assert from 'node:assert/strict';
import { Redis } from 'ioredis';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServerProcess, tempDir, type ServerProcess } from '../helpers/server-process.js';
import { BROWSER_UA, hit, json, ORIGIN, OTHER_BROWSER_UA, stats, statsOf } from '../helpers/requests.js';
import type { StoreCase } from '../helpers/stores.js';

const OTHER_ORIGIN = 'https://evil.example';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const HEADLESS =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36';
const FIGURES = ['total', 'today', 'yesterday', 'month', 'online'] as const;

/** Browsers that differ only in a build number: distinct visitors from one address. */
const browser = (n: number) => BROWSER_UA.replace('131.0.0.0', `131.0.${n}.0`);

/** A config with a site per test (so counts never mix) and the store under test. */
function config(store: StoreCase, overrides: Record<string, unknown> = {}) {
  const sites: Record<string, unknown> = { 'snv-angiang': { origins: [ORIGIN], startTotal: 11529 } };
  for (let i = 1; i <= 20; i++) sites[`s${i}`] = { origins: [ORIGIN, 'http://localhost:5173'] };
  return {
    port: 0,
    store: store.name === 'sqlite' ? 'sqlite:./sen-data/counter.db' : store.spec,
    trustProxy: true,
    sites,
    ...overrides,
  };
}

/**
 * The service as a browser, a bot, a stranger and an operator meet it: the real bin in its own
 * process, over real HTTP, on a real store. Run unchanged for SQLite and for Redis.
 */
export function httpSuite(store: StoreCase): void {
  describe(`the counting service over HTTP (${store.name})`, () => {
    let server: ServerProcess;
    let dir: string;
    let address = 0;
    /** A client address of its own for each test (the main server trusts X-Forwarded-For). */
    const from = () => ({ 'x-forwarded-for': `203.0.113.${++address}` });

    before(async () => {
      await store.fresh();
      dir = tempDir();
      server = await startServerProcess({ config: config(store), dir });
    });
    after(async () => {
      assert.equal(await server.stop(), 0);
      await store.cleanup();
    });

    it('counts a hit from an allowed origin and answers every figure, with CORS for that origin', async () => {
      const response = await hit(server.url, 'snv-angiang', from());
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
      assert.match(response.headers.get('vary') ?? '', /Origin/);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const body = await json(response);
      assert.deepEqual(Object.keys(body).sort(), [...FIGURES, 'updatedAt'].sort());
      assert.deepEqual([body.total, body.today, body.month, body.online], [11530, 1, 1, 1]);
      assert.ok(Math.abs(Date.parse(body.updatedAt ?? '') - Date.now()) < 60_000);
    });

    it('counts the same browser at the same address once, and another browser or address again', async () => {
      const me = from();
      for (let i = 0; i < 3; i++) assert.equal((await hit(server.url, 's1', me)).status, 200);
      await hit(server.url, 's1', { ...me, 'user-agent': OTHER_BROWSER_UA });
      await hit(server.url, 's1', from());
      assert.equal((await statsOf(server.url, 's1')).total, 3);
    });

    it('refuses a hit without an Origin or from another origin (403), counting nothing', async () => {
      const none = await fetch(`${server.url}/api/sites/s2/hit`, {
        method: 'POST',
        headers: { 'user-agent': BROWSER_UA },
      });
      assert.equal(none.status, 403);
      const other = await hit(server.url, 's2', { origin: OTHER_ORIGIN, ...from() });
      assert.equal(other.status, 403);
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      const body = await json(other);
      assert.equal(body.error, 'forbidden-origin');
      assert.match(body.message?.vi ?? '', /Chỉ các trang/);
      assert.match(body.message?.en ?? '', /Only pages/);
      assert.equal((await statsOf(server.url, 's2')).total, 0);
    });

    it('answers 404 for a site it does not know', async () => {
      assert.equal((await hit(server.url, 'khong-co', from())).status, 404);
      const response = await stats(server.url, 'khong-co');
      assert.equal(response.status, 404);
      assert.equal((await json(response)).error, 'unknown-site');
      const preflight = await fetch(`${server.url}/api/sites/khong-co/hit`, {
        method: 'OPTIONS',
        headers: { origin: ORIGIN },
      });
      assert.equal(preflight.status, 404);
    });

    it('answers stats to anyone, cacheable for 1 to 60 s, with CORS only for the site’s origins', async () => {
      const mine = await stats(server.url, 's3', { origin: ORIGIN });
      assert.equal(mine.status, 200);
      assert.equal(mine.headers.get('access-control-allow-origin'), ORIGIN);
      const maxAge = Number(/max-age=(\d+)/.exec(mine.headers.get('cache-control') ?? '')?.[1]);
      assert.ok(maxAge >= 1 && maxAge <= 60, `max-age ${maxAge}`);
      const body = await json(mine);
      assert.deepEqual(
        FIGURES.map((key) => body[key]),
        [0, 0, 0, 0, 0],
      );
      assert.ok(!Number.isNaN(Date.parse(body.updatedAt ?? '')));
      const theirs = await stats(server.url, 's3', { origin: OTHER_ORIGIN });
      assert.equal(theirs.status, 200);
      assert.equal(theirs.headers.get('access-control-allow-origin'), null);
      const local = await stats(server.url, 's3', { origin: 'http://localhost:5173' });
      assert.equal(local.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    });

    it('answers a preflight from the site’s origin with 204 and CORS, and one from elsewhere with 403', async () => {
      const preflight = (origin: string) =>
        fetch(`${server.url}/api/sites/s4/hit`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
      const allowed = await preflight(ORIGIN);
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);
      assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /POST/);
      assert.equal(allowed.headers.get('access-control-allow-headers'), 'content-type');
      const refused = await preflight(OTHER_ORIGIN);
      assert.equal(refused.status, 403);
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
    });

    it('answers bots, headless browsers and requests without a user agent, without counting them', async () => {
      for (const agent of [GOOGLEBOT, HEADLESS]) {
        const response = await hit(server.url, 's5', { ...from(), 'user-agent': agent });
        assert.equal(response.status, 200);
        assert.equal((await json(response)).total, 0);
      }
      const bare = await fetch(`${server.url}/api/sites/s5/hit`, {
        method: 'POST',
        headers: { origin: ORIGIN, ...from() },
      });
      assert.equal(bare.status, 200);
      const after = await statsOf(server.url, 's5');
      assert.deepEqual([after.total, after.online], [0, 0]);
    });

    it('shows online the distinct visitors just counted', async () => {
      await hit(server.url, 's6', from());
      const me = from();
      await hit(server.url, 's6', me);
      await hit(server.url, 's6', me);
      assert.equal((await statsOf(server.url, 's6')).online, 2);
    });

    it('takes the visitor’s address from the right-most X-Forwarded-For entry when trustProxy is set', async () => {
      await hit(server.url, 's7', { 'x-forwarded-for': '6.6.6.6, 198.51.100.7' });
      await hit(server.url, 's7', { 'x-forwarded-for': '7.7.7.7, 198.51.100.7' }); // same proxy-seen address
      await hit(server.url, 's7', { 'x-forwarded-for': '6.6.6.6, 198.51.100.8' });
      assert.equal((await statsOf(server.url, 's7')).total, 2);
    });

    it('refuses a flood from one address with 429 and Retry-After, counts nothing more, and keeps answering', async () => {
      const flood = from();
      const statuses: number[] = [];
      for (let i = 0; i < 36; i++) {
        const response = await hit(server.url, 's8', { ...flood, 'user-agent': browser(i) });
        statuses.push(response.status);
        if (response.status === 429) {
          assert.ok(Number(response.headers.get('retry-after')) >= 1);
          assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN, 'the widget can read the 429');
          assert.equal((await json(response)).error, 'rate-limited');
        }
      }
      assert.deepEqual([statuses.filter((s) => s === 200).length, statuses.filter((s) => s === 429).length], [30, 6]);
      const during = await stats(server.url, 's8', flood);
      assert.equal(during.status, 200);
      assert.equal((await json(during)).total, 30);
      assert.equal((await hit(server.url, 's8', from())).status, 200, 'other addresses still count');
      assert.equal((await statsOf(server.url, 's8')).total, 31);
    });

    it('refuses what is not a hit or stats: 405 with Allow, 404 elsewhere, 413 for a large body', async () => {
      const get = await fetch(`${server.url}/api/sites/s9/hit`);
      assert.equal(get.status, 405);
      assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
      assert.equal((await fetch(`${server.url}/api/sites/s9/delete`)).status, 404);
      assert.equal((await fetch(`${server.url}/`)).status, 404);
      const large = await hit(server.url, 's9', { ...from(), 'content-type': 'text/plain' }).then(() =>
        fetch(`${server.url}/api/sites/s9/hit`, {
          method: 'POST',
          headers: { origin: ORIGIN, 'user-agent': OTHER_BROWSER_UA, ...from() },
          body: 'x'.repeat(4096),
        }),
      );
      assert.equal(large.status, 413);
      assert.equal((await statsOf(server.url, 's9')).total, 1);
    });

    it('answers /health with {"ok":true}', async () => {
      const response = await fetch(`${server.url}/health`);
      assert.equal(response.status, 200);
      assert.deepEqual(await json(response), { ok: true });
    });

    it('keeps no client address or user agent, in the store or in the logs', async () => {
      const probe = 'SenProbe/4242';
      const secretAddress = '192.0.2.199';
      await hit(server.url, 's10', { 'x-forwarded-for': secretAddress, 'user-agent': `${BROWSER_UA} ${probe}` });
      await stats(server.url, 's10', { 'x-forwarded-for': secretAddress, 'user-agent': `${BROWSER_UA} ${probe}` });
      assert.equal((await statsOf(server.url, 's10')).total, 1);
      const stored = await storedBytes(store, dir);
      assert.ok(stored.length > 0);
      for (const secret of [probe, secretAddress]) {
        assert.ok(!stored.includes(secret), `the store holds ${secret}`);
        assert.ok(!server.stdout().includes(secret), `the log holds ${secret}`);
      }
    });

    it('logs one JSON line per request: method, path, status, time and what the hit did', async () => {
      await hit(server.url, 's11', from());
      await hit(server.url, 's11', { origin: OTHER_ORIGIN });
      await stats(server.url, 's11');
      const lines = await waitFor(() => {
        const mine = server.logs.filter((line) => String(line.path).includes('/s11/'));
        return mine.length >= 3 ? mine : undefined;
      });
      assert.equal(lines.length, 3);
      assert.deepEqual(
        lines.map(({ msg, method, path, status, outcome }) => ({ msg, method, path, status, outcome })),
        [
          { msg: 'request', method: 'POST', path: '/api/sites/s11/hit', status: 200, outcome: 'counted' },
          { msg: 'request', method: 'POST', path: '/api/sites/s11/hit', status: 403, outcome: 'forbidden' },
          { msg: 'request', method: 'GET', path: '/api/sites/s11/stats', status: 200, outcome: undefined },
        ],
      );
      for (const line of lines) assert.equal(typeof line.ms, 'number');
    });

    it('keeps a hit answered 200 when the server is killed with kill -9 right after', async () => {
      const own = await startServerProcess({ config: config(store), dir });
      const response = await hit(own.url, 's12', from());
      assert.equal(response.status, 200);
      await own.kill();
      const again = await startServerProcess({ config: config(store), dir });
      assert.equal((await statsOf(again.url, 's12')).total, 1);
      assert.equal(await again.stop(), 0);
    });

    it('on SIGTERM finishes the requests in flight, exits 0 and loses no answered hit', async () => {
      const own = await startServerProcess({ config: config(store), dir });
      const flood = from();
      const requests = Array.from({ length: 20 }, (_, i) =>
        hit(own.url, 's13', { ...flood, 'user-agent': browser(i) }).then(
          (response) => response.status,
          () => 0, // refused once the server stopped listening
        ),
      );
      await requests[0];
      const exit = own.stop();
      const statuses = await Promise.all(requests);
      assert.equal(await exit, 0);
      assert.ok(own.logs.some((line) => line.msg === 'stopped'));
      const answered = statuses.filter((status) => status === 200).length;
      assert.ok(answered >= 1);
      const again = await startServerProcess({ config: config(store), dir });
      assert.equal((await statsOf(again.url, 's13')).total, answered);
      assert.equal(await again.stop(), 0);
    });

    it('ignores X-Forwarded-For without trustProxy, and applies its own rateLimit', async () => {
      const own = await startServerProcess({ config: config(store, { trustProxy: false, rateLimit: 5 }), dir });
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const response = await hit(own.url, 's14', { 'x-forwarded-for': `198.51.100.${i}` });
        statuses.push(response.status);
      }
      assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429]);
      assert.equal((await statsOf(own.url, 's14')).total, 1, 'a forged header makes no new visitor');
      assert.equal(await own.stop(), 0);
    });

    it('counts by the calendar in Vietnam, whatever the server’s time zone', async () => {
      // 11:00 in New York is 23:00 in Vietnam; two hours later it is already the next day there.
      const at = (newYorkTime: string) => ({ fakeTime: newYorkTime, env: { TZ: 'America/New_York' } });
      const late = await startServerProcess({ config: config(store), dir, ...at('2026-11-26 11:00:00') });
      await hit(late.url, 's15', from());
      const evening = await statsOf(late.url, 's15');
      assert.ok(evening.updatedAt.startsWith('2026-11-26T16:00'), evening.updatedAt);
      assert.deepEqual([evening.today, evening.yesterday], [1, 0]);
      assert.equal(await late.stop(), 0);
      const next = await startServerProcess({ config: config(store), dir, ...at('2026-11-26 13:00:00') });
      const morning = await statsOf(next.url, 's15');
      assert.deepEqual([morning.today, morning.yesterday, morning.month], [0, 1, 1]);
      assert.equal(await next.stop(), 0);
    });

    it('lets PORT and SEN_STORE override the file', async () => {
      const own = await startServerProcess({
        config: config(store, { port: 9, store: 'sqlite:./never/counter.db' }),
        dir,
        env: {
          PORT: '0',
          SEN_STORE: store.name === 'sqlite' ? `sqlite:${join(dir, 'sen-data/counter.db')}` : store.spec,
        },
      });
      assert.notEqual(new URL(own.url).port, '9');
      assert.equal((await statsOf(own.url, 's1')).total, 3, 'the store the first tests counted in');
      assert.equal(await own.stop(), 0);
      assert.ok(!readdirSync(dir).includes('never'));
    });
  });
}

/** Everything the store holds, as text to search. */
async function storedBytes(store: StoreCase, dir: string): Promise<string> {
  if (store.name === 'sqlite') {
    const folder = join(dir, 'sen-data');
    return readdirSync(folder)
      .map((file) => readFileSync(join(folder, file)).toString('latin1'))
      .join('\n');
  }
  const redis = new Redis(store.spec);
  const keys = await redis.keys('*');
  const values = await Promise.all(keys.map((key) => redis.dump(key)));
  await redis.quit();
  return [...keys, ...values.map((value) => value ?? '')].join('\n');
}

async function waitFor<T>(probe: () => T | undefined, ms = 2000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
