import assert from 'node:assert/strict';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import type { SiteConfig } from '../../src/config/config.js';
import { Counter, type Visitor } from '../../src/counting/counter.js';
import type { Store } from '../../src/stores/store.js';
import { manualClock, MINUTE, vn, type ManualClock } from '../helpers/clock.js';
import { BROWSER_UA, OTHER_BROWSER_UA } from '../helpers/requests.js';
import { storeCases } from '../helpers/stores.js';

const SITE = 'snv-angiang';
const sites = new Map<string, SiteConfig>([[SITE, { origins: ['https://snv.angiang.gov.vn'], startTotal: 11529 }]]);
const alice: Visitor = { address: '203.0.113.7', userAgent: BROWSER_UA };
const bob: Visitor = { address: '198.51.100.20', userAgent: OTHER_BROWSER_UA };
const googlebot: Visitor = {
  address: '66.249.66.1',
  userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
};

for (const store of storeCases(3)) {
  describe(`the counting rules over time (${store.name})`, () => {
    let db: Store;
    let clock: ManualClock;
    let counter: Counter;
    const at = (wallClock: string) => clock.set(vn(wallClock));

    beforeEach(async () => {
      await store.fresh();
      db = await store.open();
      clock = manualClock(vn('2026-11-26 09:00'));
      counter = new Counter(db, sites, clock);
    });
    afterEach(() => db.close());
    after(() => store.cleanup());

    it('adds startTotal to the total only, and answers every figure with the time', async () => {
      const { outcome, stats } = await counter.hit(SITE, alice);
      assert.equal(outcome, 'counted');
      assert.deepEqual(stats, {
        total: 11530,
        today: 1,
        yesterday: 0,
        month: 1,
        online: 1,
        updatedAt: '2026-11-26T02:00:00.000Z',
      });
    });

    it('turns the day at midnight in Vietnam: 23:59 is yesterday once 00:00 comes', async () => {
      at('2026-11-30 23:59:30');
      await counter.hit(SITE, alice);
      at('2026-12-01 00:00:30');
      await counter.hit(SITE, bob);
      const stats = await counter.stats(SITE, bob);
      assert.deepEqual([stats.total, stats.today, stats.yesterday, stats.month], [11531, 1, 1, 1]);
      at('2026-12-02 00:00:00');
      const next = await counter.stats(SITE, bob);
      assert.deepEqual([next.today, next.yesterday, next.month], [0, 1, 1]);
    });

    it('counts one visit per visitor within 30 minutes, even across midnight', async () => {
      at('2026-11-26 23:45');
      assert.equal((await counter.hit(SITE, alice)).outcome, 'counted');
      at('2026-11-27 00:10');
      assert.equal((await counter.hit(SITE, alice)).outcome, 'repeat');
      at('2026-11-27 00:39');
      assert.equal((await counter.hit(SITE, alice)).outcome, 'repeat');
      at('2026-11-27 01:09');
      assert.equal((await counter.hit(SITE, alice)).outcome, 'counted');
      const stats = await counter.stats(SITE, alice);
      assert.deepEqual([stats.total, stats.today, stats.yesterday], [11531, 1, 1]);
    });

    it("rotates the salt daily and deletes each day's salt when the second day after begins", async () => {
      at('2026-11-26 10:00');
      await counter.hit(SITE, alice);
      const first = await db.existingSalt('2026-11-26');
      assert.ok(first);
      at('2026-11-27 10:00');
      assert.equal((await counter.hit(SITE, alice)).outcome, 'counted');
      assert.deepEqual(await db.existingSalt('2026-11-26'), first, 'kept the day after, for visits across midnight');
      assert.notDeepEqual(await db.existingSalt('2026-11-27'), first);
      at('2026-11-28 00:00');
      await counter.stats(SITE, bob);
      assert.equal(await db.existingSalt('2026-11-26'), undefined, 'gone two days on');
      assert.ok(await db.existingSalt('2026-11-27'));
      assert.equal((await counter.stats(SITE, bob)).yesterday, 1);
    });

    it('shows online the distinct visitors of the last 5 minutes', async () => {
      await counter.hit(SITE, alice);
      clock.advance(MINUTE);
      await counter.hit(SITE, bob);
      await counter.hit(SITE, alice);
      assert.equal((await counter.stats(SITE, googlebot)).online, 2);
      clock.advance(5 * MINUTE - 1);
      assert.equal((await counter.stats(SITE, googlebot)).online, 2);
      clock.advance(1);
      assert.equal((await counter.stats(SITE, googlebot)).online, 0);
    });

    it('keeps a counted visitor online while their page asks for stats, and only them', async () => {
      await counter.hit(SITE, alice);
      for (let minute = 1; minute <= 12; minute++) {
        clock.advance(MINUTE);
        assert.equal((await counter.stats(SITE, alice)).online, 1, `minute ${minute}`);
        await counter.stats(SITE, bob); // bob never hit: asking does not make him a visitor
      }
      clock.advance(5 * MINUTE);
      assert.equal((await counter.stats(SITE, bob)).online, 0);
    });

    it('does not count bots or requests without a user agent, nor show them online', async () => {
      assert.equal((await counter.hit(SITE, googlebot)).outcome, 'bot');
      assert.equal((await counter.hit(SITE, { address: '203.0.113.9', userAgent: undefined })).outcome, 'bot');
      const stats = await counter.stats(SITE, googlebot);
      assert.deepEqual([stats.total, stats.today, stats.online], [11529, 0, 0]);
    });
  });
}
