import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startServerProcess, tempDir, type LogLine, type ServerProcess } from '../helpers/server-process.js';
import { ORIGIN } from '../helpers/requests.js';

const campaigns = {
  campaigns: [
    { id: 'nong-thon-moi', title: 'Cả nước chung sức xây dựng nông thôn mới' },
    { id: 'cai-cach-hanh-chinh', title: 'Thi đua cải cách hành chính' },
  ],
};
const brokenCampaigns = {
  campaigns: [
    { id: 'a', title: 'Phong trào A' },
    { id: 'b', title: 42 },
    { id: 'a', title: 'Phong trào A, lần nữa' },
  ],
};

/** Waits for log lines about a file (they are written as the server reads it). */
async function linesAbout(server: ServerProcess, file: string, count: number): Promise<LogLine[]> {
  const deadline = Date.now() + 3000;
  for (;;) {
    const lines = server.logs.filter((line) => line.file === file);
    if (lines.length >= count || Date.now() > deadline) return lines;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the data files', () => {
  let server: ServerProcess;
  let data: string;
  const write = (name: string, value: unknown) =>
    writeFileSync(join(data, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  const get = (name: string, headers: Record<string, string> = {}) => fetch(`${server.url}/data/${name}`, { headers });

  before(async () => {
    const dir = tempDir();
    data = join(dir, 'du-lieu');
    mkdirSync(data);
    write('campaigns.json', campaigns);
    write('campaigns-cu.json', brokenCampaigns);
    write('phong-trao.json', { campaigns: [{ id: 'x' }] });
    write('hotlines.json', '{ "groups": [ oops');
    writeFileSync(join(dir, 'secret.json'), '{"password":"x"}');
    server = await startServerProcess({
      dir,
      config: {
        port: 0,
        store: 'sqlite:./sen-data/counter.db',
        data: { dir: './du-lieu', widgets: { 'phong-trao.json': 'campaign-list' } },
        sites: { a: { origins: [ORIGIN] }, b: { origins: ['http://localhost:5173'] } },
      },
    });
  });
  after(async () => {
    assert.equal(await server.stop(), 0);
  });

  it('checks every file when it starts, before it listens', () => {
    const listening = server.logs.findIndex((line) => line.msg === 'listening');
    const checked = server.logs.slice(0, listening).map((line) => line.file);
    for (const file of ['campaigns.json', 'campaigns-cu.json', 'phong-trao.json', 'hotlines.json']) {
      assert.ok(checked.includes(file), file);
    }
  });

  it('serves a file as written, with ETag, Cache-Control and CORS for every configured origin', async () => {
    const response = await get('campaigns.json', { origin: 'http://localhost:5173' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.match(response.headers.get('etag') ?? '', /^"[\w-]+"$/);
    assert.match(response.headers.get('cache-control') ?? '', /no-cache/);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.equal(await response.text(), readFileSync(join(data, 'campaigns.json'), 'utf8'));
    const stranger = await get('campaigns.json', { origin: 'https://evil.example' });
    assert.equal(stranger.status, 200);
    assert.equal(stranger.headers.get('access-control-allow-origin'), null);
  });

  it('answers 304 while the file is unchanged, and the edit at once, without a restart', async () => {
    const first = await get('campaigns.json');
    const etag = first.headers.get('etag')!;
    assert.equal((await get('campaigns.json', { 'if-none-match': etag })).status, 304);
    const edited = { campaigns: [...campaigns.campaigns, { id: 'moi', title: 'Phong trào mới' }] };
    write('campaigns.json', edited);
    const after = await get('campaigns.json', { 'if-none-match': etag });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get('etag'), etag);
    assert.deepEqual(await after.json(), edited);
  });

  it('serves a file that breaks its widget’s rules, and logs each record the widget will drop, as the widget warns', async () => {
    const response = await get('campaigns-cu.json');
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), brokenCampaigns);
    const warnings = (await linesAbout(server, 'campaigns-cu.json', 2)).map((line) => line.warning);
    assert.deepEqual(warnings, [
      'sen-campaign-list: campaigns[1].title: expected a string, got number',
      'sen-campaign-list: campaigns[2]: repeats id "a" of campaigns[0]',
    ]);
  });

  it('logs the new problems of an edited file when it is next served', async () => {
    write('campaigns.json', { campaigns: [{ id: 'moi', title: 'Phong trào mới', level: 'tinh' }] });
    assert.equal((await get('campaigns.json')).status, 200);
    const lines = await linesAbout(server, 'campaigns.json', 3);
    assert.equal(lines.at(-1)?.widget, 'campaign-list');
    assert.match(String(lines.at(-1)?.warning), /^sen-campaign-list: campaigns\[0\]\.level: /);
  });

  it('checks a file with the widget the config names for it', async () => {
    const lines = await linesAbout(server, 'phong-trao.json', 1);
    assert.deepEqual(
      lines.map((line) => line.warning),
      ['sen-campaign-list: campaigns[0].title: expected a string, got nothing'],
    );
  });

  it('serves a file that is not JSON, and logs that the widget cannot use it', async () => {
    const response = await get('hotlines.json');
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '{ "groups": [ oops');
    const [line] = await linesAbout(server, 'hotlines.json', 1);
    assert.equal(line.level, 'warn');
    assert.match(String(line.reason), /^hotlines\.json: not JSON/);
  });

  it('answers 404 for a missing file, anything outside the folder, and names that are not .json', async () => {
    for (const name of [
      'khong-co.json',
      '..%2Fsecret.json',
      '%2e%2e%2fsecret.json',
      'campaigns',
      '.json',
      'a%00.json',
    ]) {
      const response = await get(name, { origin: ORIGIN });
      assert.equal(response.status, 404, name);
      assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN, 'the widget can read the 404');
    }
    assert.equal((await fetch(`${server.url}/data/../secret.json`)).status, 404);
  });

  it('answers a preflight for a data file from a configured origin', async () => {
    const response = await fetch(`${server.url}/data/campaigns.json`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'GET' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), ORIGIN);
  });
});
