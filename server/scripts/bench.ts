/**
 * `npm run bench -w server` (root: `npm run bench:server`): drives the real server process with
 * autocannon, on SQLite and on Redis, and prints hits/s and p50/p99 latency as a table.
 *
 * The traffic is what a province's sites send: POST hits from an allowed origin, each from one
 * of 50,000 client addresses (X-Forwarded-For, as behind nginx) with one of eight ordinary browser
 * user agents, so most hits are new visitors (writes) and some are repeats; then GET stats.
 * The rate limit is raised for the run: one load generator is one address to it otherwise.
 * Logs go to a file, one line per request, as in production.
 *
 *   node --import tsx scripts/bench.ts [--duration 10] [--connections 50] [--store sqlite|redis]
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startThrowawayRedis } from '../test/helpers/throwaway-redis.js';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    store: { type: 'string', multiple: true },
    visitors: { type: 'string', default: '50000' },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const stores = (args.store ?? ['sqlite', 'redis']) as ('sqlite' | 'redis')[];
const population = Number(args.visitors);

const ORIGIN = 'https://snv.angiang.gov.vn';
const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 Zalo',
];

/** A client address and browser, drawn at random for each request. */
function visitor(request: { headers: Record<string, string> }) {
  const n = Math.floor(Math.random() * population);
  request.headers['x-forwarded-for'] = `10.${(n >> 8) & 255}.${n & 255}.${(n * 7) % 250}`;
  request.headers['user-agent'] = AGENTS[n % AGENTS.length];
  return request;
}

interface Row {
  store: string;
  what: string;
  perSecond: number;
  p50: number;
  p99: number;
  failed: number;
}

async function startServer(store: string, dir: string): Promise<{ url: string; stop(): Promise<void> }> {
  writeFileSync(
    join(dir, 'sen-server.json'),
    JSON.stringify({
      port: 0,
      store,
      trustProxy: true,
      rateLimit: 1_000_000_000,
      sites: { bench: { origins: [ORIGIN] } },
    }),
  );
  const log = openSync(join(dir, 'server.log'), 'w');
  const child = spawn(process.execPath, ['dist/cli.js', '--config', join(dir, 'sen-server.json')], {
    stdio: ['ignore', log, 'inherit'],
  });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const listening = readFileSync(join(dir, 'server.log'), 'utf8')
      .split('\n')
      .find((line) => line.includes('"listening"'));
    if (listening) {
      return {
        url: (JSON.parse(listening) as { url: string }).url,
        stop: () =>
          new Promise((resolve) => {
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      };
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the ${store} server did not start`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function measure(store: string, what: string, options: Parameters<typeof autocannon>[0]): Promise<Row> {
  const result = await autocannon({ connections, duration, ...options });
  return {
    store,
    what,
    perSecond: Math.round(result.requests.total / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

const rows: Row[] = [];
for (const kind of stores) {
  const dir = mkdtempSync(join(tmpdir(), 'sen-bench-'));
  const redis = kind === 'redis' ? await startThrowawayRedis() : undefined;
  const server = await startServer(redis ? `${redis.url}/0` : `sqlite:${join(dir, 'counter.db')}`, dir);
  try {
    const hit = { url: `${server.url}/api/sites/bench/hit`, method: 'POST', headers: { origin: ORIGIN } };
    await autocannon({ ...hit, connections, duration: 2, requests: [{ setupRequest: visitor }] }); // warm-up
    rows.push(await measure(kind, 'POST hit', { ...hit, requests: [{ setupRequest: visitor }] }));
    rows.push(
      await measure(kind, 'GET stats', {
        url: `${server.url}/api/sites/bench/stats`,
        requests: [{ setupRequest: visitor }],
      }),
    );
  } finally {
    await server.stop();
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const cpu = cpus();
console.log(
  `\nsen-widgets-server, ${connections} connections, ${duration} s each, Node ${process.version}, ` +
    `${cpu.length} × ${cpu[0]?.model.trim()}, load ${loadavg()[0].toFixed(2)}; autocannon and the server share the machine.\n`,
);
console.log('| store  | request   | requests/s | p50 ms | p99 ms | failed |');
console.log('| ------ | --------- | ---------: | -----: | -----: | -----: |');
for (const row of rows) {
  console.log(
    `| ${row.store.padEnd(6)} | ${row.what.padEnd(9)} | ${String(row.perSecond).padStart(10)} | ${String(row.p50).padStart(6)} | ${String(row.p99).padStart(6)} | ${String(row.failed).padStart(6)} |`,
  );
}
const sqliteHits = rows.find((row) => row.store === 'sqlite' && row.what === 'POST hit');
if (sqliteHits) {
  const met = sqliteHits.perSecond >= 3000 && sqliteHits.p99 < 50;
  console.log(`\nGoal (SQLite: ≥ 3,000 hits/s with p99 < 50 ms): ${met ? 'met' : 'NOT met'}.`);
}
