import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startServerProcess } from '../helpers/server-process.js';
import { BROWSER_UA, hit, json, ORIGIN, OTHER_BROWSER_UA, stats } from '../helpers/requests.js';
import { storeCases } from '../helpers/stores.js';
import { httpSuite } from './http-suite.js';

const stores = storeCases(4);
for (const store of stores) httpSuite(store);

describe('SQLite and Redis', () => {
  it('give the same answers to the same traffic', async () => {
    const traffic = [
      ['hit', '203.0.113.1', BROWSER_UA],
      ['hit', '203.0.113.1', BROWSER_UA],
      ['stats', '203.0.113.1', BROWSER_UA],
      ['hit', '203.0.113.1', OTHER_BROWSER_UA],
      ['hit', '203.0.113.2', BROWSER_UA],
      ['hit', '66.249.66.1', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
      ['hit-elsewhere', '203.0.113.3', BROWSER_UA],
      ['stats', '203.0.113.9', BROWSER_UA],
      ['hit', '203.0.113.2', BROWSER_UA],
      ['stats', '203.0.113.2', OTHER_BROWSER_UA],
    ] as const;
    const answers = [];
    for (const store of stores) {
      await store.fresh();
      const server = await startServerProcess({
        config: {
          port: 0,
          store: store.spec,
          trustProxy: true,
          sites: { 'snv-angiang': { origins: [ORIGIN], startTotal: 11529 } },
        },
      });
      const seen = [];
      for (const [kind, address, agent] of traffic) {
        const headers = { 'x-forwarded-for': address, 'user-agent': agent };
        const response =
          kind === 'stats'
            ? await stats(server.url, 'snv-angiang', headers)
            : await hit(
                server.url,
                'snv-angiang',
                kind === 'hit' ? headers : { ...headers, origin: 'https://other.example' },
              );
        const { updatedAt: _, ...body } = await json(response);
        seen.push([response.status, body]);
      }
      assert.equal(await server.stop(), 0);
      answers.push(seen);
    }
    assert.deepEqual(answers[0], answers[1]);
    assert.deepEqual(answers[0].at(-1), [200, { total: 11532, today: 3, yesterday: 0, month: 3, online: 3 }]);
  });
});
