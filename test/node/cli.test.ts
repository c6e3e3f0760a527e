/**
 * `npx sen-widgets check`, run as a site's CI runs it: a real process on real files and on URLs
 * served by a real local HTTP server. Needs `npm run build` first (the CLI runs dist/check.js).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';

const bin = resolve('bin/sen-widgets.js');
let dir: string;
let server: Server;
let base: string;

const campaigns = {
  valid: { campaigns: [{ id: 1, title: 'Phong trào thi đua năm 2023', startDate: '2023-01-27' }] },
  partlyBad: {
    campaigns: [
      { id: 'a', title: 'Một' },
      { id: 'b', title: 42 },
      { id: 'c', title: 'Ba', startDate: '31/12/2023' },
      { id: 'a', title: 'Lặp' },
    ],
  },
};

/** Runs the CLI; resolves to its exit code and what it printed. */
function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [bin, ...args], { timeout: 30_000 }, (error, out, err) => {
      done({ code: error ? Number(error.code) : 0, out, err });
    });
  });
}

before(async () => {
  assert.ok(existsSync('dist/check.js'), 'dist/check.js is missing: run `npm run build` first');
  dir = await mkdtemp(join(tmpdir(), 'sen-cli-'));
  await writeFile(join(dir, 'valid.json'), JSON.stringify(campaigns.valid));
  await writeFile(join(dir, 'partly-bad.json'), JSON.stringify(campaigns.partlyBad));
  await writeFile(join(dir, 'bom.json'), `\uFEFF${JSON.stringify({ total: 11529, today: 342 })}`);
  await writeFile(join(dir, 'broken.json'), '{ "campaigns": [ ');
  await writeFile(join(dir, 'stats.json'), JSON.stringify({ total: 11529 }));

  server = createServer((request, response) => {
    const json = (status: number, body: string) =>
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(body);
    switch (request.url) {
      case '/api/phong-trao.json':
        return json(200, JSON.stringify(campaigns.valid));
      case '/api/bom.json':
        // A BOM and a content type that is not JSON: read as the widgets read it.
        return response.writeHead(200, { 'content-type': 'text/plain' }).end(`\uFEFF${JSON.stringify({ total: 1 })}`);
      case '/api/duong-day-nong.json':
        return json(200, JSON.stringify([{ name: 'Thanh tra Sở', phones: '02963.981.818' }, { phones: '113' }]));
      case '/api/huge.json': {
        // Over 5 MB without a Content-Length: the cap must cut the stream, not trust a header.
        response.writeHead(200, { 'content-type': 'application/json' });
        const chunk = `"${'x'.repeat(1024 * 1024)}",`;
        response.write('[');
        let sent = 0;
        const more = () => {
          if (sent++ < 7 && !response.destroyed) response.write(chunk, more);
          else response.end('0]');
        };
        return more();
      }
      default:
        return json(404, '{"error":"not found"}');
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('sen-widgets check: files', () => {
  test('a valid file exits 0 and says so in Vietnamese, or in English with --lang en', async () => {
    const vi = await cli('check', 'campaign-list', join(dir, 'valid.json'));
    assert.equal(vi.code, 0);
    assert.match(vi.out, /^sen-campaign-list: kiểm tra .*valid\.json\nTất cả các mục đều hợp lệ\.\n$/);
    const en = await cli('check', 'campaign-list', join(dir, 'valid.json'), '--lang', 'en');
    assert.equal(en.code, 0);
    assert.match(en.out, /Every record is valid\./);
  });

  test('a partly bad file exits 1 and lists each dropped record with its path and reason', async () => {
    const { code, out } = await cli('check', 'campaign-list', join(dir, 'partly-bad.json'));
    assert.equal(code, 1);
    assert.deepEqual(out.trim().split('\n').slice(1), [
      '  campaigns[1].title: cần một chuỗi, nhưng là số',
      '  campaigns[2].startDate: cần một ngày theo ISO 8601, nhưng là "31/12/2023"',
      '  campaigns[3]: trùng id "a" với campaigns[0]',
      '3 mục sẽ bị tiện ích bỏ qua.',
    ]);
    const en = await cli('check', 'campaign-list', join(dir, 'partly-bad.json'), '--lang=en');
    assert.match(en.out, /3 records would be dropped by the widget\.\n$/);
  });

  test('--json gives machines the same report', async () => {
    const { code, out } = await cli('check', 'campaign-list', join(dir, 'partly-bad.json'), '--json');
    assert.equal(code, 1);
    const report = JSON.parse(out);
    assert.equal(report.usable, true);
    assert.equal(report.exitCode, 1);
    assert.deepEqual(
      report.dropped.map((record: { index: number; path: string }) => [record.index, record.path]),
      [
        [1, 'campaigns[1].title'],
        [2, 'campaigns[2].startDate'],
        [3, 'campaigns[3]'],
      ],
    );
  });

  test('a BOM is ignored; a dropped figure of a one-record document is reported', async () => {
    assert.equal((await cli('check', 'visit-counter', join(dir, 'bom.json'))).code, 0);
    await writeFile(join(dir, 'bad-figure.json'), JSON.stringify({ total: 11529, today: -1 }));
    const { code, out } = await cli('check', 'visit-counter', join(dir, 'bad-figure.json'));
    assert.equal(code, 1);
    assert.match(out, / {2}today: cần một số nguyên ≥ 0, nhưng là -1\n/);
  });

  test('unusable files exit 2 with one clear line and no stack trace', async () => {
    const missing = await cli('check', 'campaign-list', join(dir, 'khong-co.json'));
    assert.equal(missing.code, 2);
    assert.equal(missing.err, `Không dùng được dữ liệu ${join(dir, 'khong-co.json')}: không tìm thấy tệp.\n`);

    const broken = await cli('check', 'campaign-list', join(dir, 'broken.json'), '--lang', 'en');
    assert.equal(broken.code, 2);
    assert.match(broken.err, /^The data .*broken\.json is unusable: not valid JSON \(.*\)\.\n$/);

    const wrongShape = await cli('check', 'campaign-list', join(dir, 'stats.json'));
    assert.equal(wrongShape.code, 2);
    assert.match(wrongShape.err, /không đúng dạng dữ liệu của sen-campaign-list/);
    for (const run of [missing, broken, wrongShape]) assert.doesNotMatch(run.err, /\bat .*:\d+:\d+/);
  });

  test('wrong usage exits 2 with the usage; --help exits 0', async () => {
    const unknown = await cli('check', 'counter', join(dir, 'valid.json'));
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /Không có tiện ích "counter"\. Chọn một trong: visit-counter, hotline-card/);
    assert.match(unknown.err, /Cách dùng: npx sen-widgets check/);
    assert.equal((await cli('check', 'campaign-list')).code, 2);
    assert.equal((await cli('verify', 'campaign-list', 'x.json')).code, 2);
    const help = await cli('--help', '--lang', 'en');
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: npx sen-widgets check <widget> <file-or-url>/);
  });
});

describe('sen-widgets check: URLs', () => {
  test('a valid endpoint exits 0; a BOM and a text/plain type are fine, as in the widgets', async () => {
    assert.equal((await cli('check', 'campaign-list', `${base}/api/phong-trao.json`)).code, 0);
    assert.equal((await cli('check', 'visit-counter', `${base}/api/bom.json`)).code, 0);
  });

  test('an endpoint with a bad record exits 1 and names it', async () => {
    const { code, out } = await cli('check', 'hotline-card', `${base}/api/duong-day-nong.json`, '--lang', 'en');
    assert.equal(code, 1);
    assert.match(out, / {2}\[1\]\.name: expected a string, got nothing\n1 record would be dropped/);
  });

  test('HTTP errors, bodies over 5 MB and unreachable hosts exit 2', async () => {
    const missing = await cli('check', 'campaign-list', `${base}/api/khong-co.json`);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /máy chủ trả lời HTTP 404\.\n$/);
    const json = JSON.parse((await cli('check', 'campaign-list', `${base}/api/khong-co.json`, '--json')).out);
    assert.deepEqual([json.exitCode, json.error.kind, json.error.status], [2, 'http', 404]);

    const huge = await cli('check', 'campaign-list', `${base}/api/huge.json`, '--lang', 'en');
    assert.equal(huge.code, 2);
    assert.match(huge.err, /over 5 MB; the widgets do not read it\.\n$/);

    const closed = createServer();
    await new Promise<void>((ready) => closed.listen(0, '127.0.0.1', ready));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    const unreachable = await cli('check', 'campaign-list', `http://127.0.0.1:${port}/api.json`);
    assert.equal(unreachable.code, 2);
    assert.match(unreachable.err, /không kết nối được \(ECONNREFUSED\)\.\n$/);
  });
});
