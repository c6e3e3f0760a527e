/**
 * Scripted endpoints for the browser tests, served over real HTTP by web-test-runner's own dev
 * server. Each test passes a fresh `id` so runs in parallel browsers never share counters.
 *
 *   /faults/respond?id=K&body=visit-stats          the fixture test/fixtures/visit-stats.json
 *     &status=503,429,200                          the nth request gets the nth status (last repeats);
 *                                                  status 0 answers a corrupt response (two
 *                                                  lengths), then closes: a network failure the browser itself
 *                                                  does not retry (it retries a silently closed
 *                                                  keep-alive connection, which would blur counts)
 *     &retryAfter=1                                Retry-After header on non-2xx answers
 *     &delay=300                                   wait before answering (ms)
 *     &bom=1  &type=text/plain                     prepend a UTF-8 BOM / set the content type
 *     &raw=...                                     answer this text instead of a fixture
 *     &after=other-fixture                         after the first answer, serve this fixture
 *   /faults/endless?id=K                           a body that never ends
 *   /faults/oversized?id=K&declared=1              6 MB of JSON, with or without Content-Length
 *   /faults/count?id=K                             { count, methods } seen for that id
 */
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';

const seen = new Map();
const BOM = '\uFEFF';

function record(id, method) {
  const entry = seen.get(id) ?? { count: 0, methods: [] };
  entry.count += 1;
  entry.methods.push(method);
  seen.set(id, entry);
  return entry.count;
}

const fixture = (name) => readFile(new URL(`../fixtures/${name.replace(/[^\w-]/g, '')}.json`, import.meta.url), 'utf8');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function faultMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/faults/')) return next();
  const q = ctx.query;
  const id = String(q.id ?? 'anonymous');
  ctx.set('cache-control', 'no-store');

  if (ctx.path === '/faults/count') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(seen.get(id) ?? { count: 0, methods: [] });
    return;
  }

  const nth = record(id, ctx.method);

  if (ctx.path === '/faults/endless') {
    ctx.type = 'application/json';
    let timer;
    ctx.body = new Readable({
      read() {
        if (timer) return;
        this.push('[');
        timer = setInterval(() => this.push(' '), 50);
      },
      destroy(error, callback) {
        clearInterval(timer);
        callback(error);
      },
    });
    return;
  }

  if (ctx.path === '/faults/oversized') {
    const body = `{"total": 1, "padding": "${'x'.repeat(6 * 1024 * 1024)}"}`;
    ctx.type = 'application/json';
    if (q.declared)
      ctx.body = body; // Koa sets Content-Length for a string body
    else ctx.body = Readable.from([body.slice(0, 1024 * 1024), body.slice(1024 * 1024)]); // chunked, no length
    return;
  }

  if (ctx.path === '/faults/respond') {
    if (q.delay) await sleep(Number(q.delay));
    const statuses = String(q.status ?? '200')
      .split(',')
      .map(Number);
    const status = statuses[Math.min(nth, statuses.length) - 1];
    if (status === 0) {
      ctx.respond = false;
      ctx.req.socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}');
      return;
    }
    ctx.status = status;
    if (status >= 300) {
      if (q.retryAfter) ctx.set('retry-after', String(q.retryAfter));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ error: status });
      return;
    }
    const name = nth > 1 && q.after ? String(q.after) : String(q.body ?? '');
    let text = q.raw !== undefined ? String(q.raw) : await fixture(name);
    if (q.bom) text = BOM + text;
    ctx.type = String(q.type ?? 'application/json');
    ctx.body = text;
    return;
  }

  ctx.status = 404;
}
