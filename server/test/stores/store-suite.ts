import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { periodsAt } from '../../src/counting/calendar.js';
import { countedPeriods, onlineSince, saltExpiresAt } from '../../src/counting/rules.js';
import type { VisitorIds } from '../../src/counting/visitor.js';
import type { Store } from '../../src/stores/store.js';
import { MINUTE, vn } from '../helpers/clock.js';
import type { StoreCase } from '../helpers/stores.js';

/**
 * The store contract, run unchanged against SQLite and Redis: the same operations at the same
 * moments must give the same answers.
 */
export function storeSuite(store: StoreCase): void {
  describe(`the ${store.name} store`, () => {
    let db: Store;
    const site = 'snv-angiang';
    const morning = vn('2026-11-26 09:00');

    const hit = (visitor: VisitorIds, at: number, saltDay = '2026-11-26', where = site) =>
      db.hit({ site: where, visitor, saltDay, at, keepUntil: saltExpiresAt(saltDay), periods: countedPeriods(at) });
    const read = (at: number, where = site) => db.read(where, periodsAt(at), onlineSince(at));

    before(() => store.fresh());
    beforeEach(async () => {
      await store.fresh();
      db = await store.open();
    });
    afterEach(() => db.close());
    after(() => store.cleanup());

    it('answers zeros for a site with nothing counted', async () => {
      assert.deepEqual(await read(morning), { total: 0, today: 0, yesterday: 0, month: 0, online: 0 });
    });

    it('counts a visitor once within 30 minutes of their last hit, and again after 30 quiet minutes', async () => {
      assert.equal(await hit({ current: 'a' }, morning), true);
      assert.equal(await hit({ current: 'a' }, morning + 29 * MINUTE), false);
      assert.equal(await hit({ current: 'a' }, morning + 58 * MINUTE), false); // 29 min after the last hit
      assert.equal(await hit({ current: 'a' }, morning + 88 * MINUTE), true);
      assert.equal((await read(morning + 88 * MINUTE)).total, 2);
    });

    it('adds each counted visit to the total, the Vietnam day and month, and keeps sites apart', async () => {
      await hit({ current: 'a' }, vn('2026-11-25 23:50'), '2026-11-25');
      await hit({ current: 'b' }, vn('2026-11-26 00:10'));
      await hit({ current: 'c' }, vn('2026-11-26 08:00'));
      await hit({ current: 'z' }, vn('2026-11-26 08:00'), '2026-11-26', 'other-site');
      assert.deepEqual(await read(vn('2026-11-26 08:00')), { total: 3, today: 2, yesterday: 1, month: 3, online: 1 });
      assert.deepEqual(await read(vn('2026-12-01 08:00')), { total: 3, today: 0, yesterday: 0, month: 0, online: 0 });
      assert.equal((await read(vn('2026-11-26 08:00'), 'other-site')).total, 1);
    });

    it("recognises a visit going on past midnight under yesterday's id, and counts it once", async () => {
      assert.equal(await hit({ current: 'a-25' }, vn('2026-11-25 23:50'), '2026-11-25'), true);
      assert.equal(await hit({ current: 'a-26', previous: 'a-25' }, vn('2026-11-26 00:10')), false);
      assert.equal(await hit({ current: 'a-26', previous: 'a-25' }, vn('2026-11-26 00:30')), false);
      assert.equal(await hit({ current: 'b-26', previous: 'b-25' }, vn('2026-11-26 00:30')), true);
      const counts = await read(vn('2026-11-26 00:30'));
      assert.deepEqual([counts.total, counts.today, counts.yesterday, counts.online], [2, 1, 1, 2]);
    });

    it('counts distinct visitors seen in the last 5 minutes as online', async () => {
      await hit({ current: 'a' }, morning);
      await hit({ current: 'a' }, morning + MINUTE);
      await hit({ current: 'b' }, morning + 2 * MINUTE);
      assert.equal((await read(morning + 2 * MINUTE)).online, 2);
      assert.equal((await read(morning + 5 * MINUTE + 59_999)).online, 2);
      assert.equal((await read(morning + 6 * MINUTE)).online, 1); // a's last hit was at +1 min
      assert.equal((await read(morning + 7 * MINUTE)).online, 0);
    });

    it('keeps online exact as visitors come, come back and leave', async () => {
      const lastSeen = new Map<string, number>();
      for (let step = 0; step < 60; step++) {
        const at = morning + step * 20_000;
        const id = `v${(step * 7) % 23}`; // 23 visitors, some back within the window, some not
        if (lastSeen.has(id)) await db.seen(site, { current: id }, at);
        else await hit({ current: id }, at);
        lastSeen.set(id, at);
        const expected = [...lastSeen.values()].filter((seenAt) => seenAt > at - 5 * MINUTE).length;
        assert.equal((await read(at)).online, expected, `step ${step}`);
      }
    });

    it('keeps a counted visitor online while their page asks for stats; a stranger asking changes nothing', async () => {
      await hit({ current: 'a' }, morning);
      await db.seen(site, { current: 'a' }, morning + 4 * MINUTE);
      await db.seen(site, { current: 'stranger' }, morning + 4 * MINUTE);
      assert.equal((await read(morning + 8 * MINUTE)).online, 1);
      assert.equal((await read(morning + 9 * MINUTE)).online, 0);
      assert.equal((await read(morning + 9 * MINUTE)).total, 1);
    });

    it('keeps a visitor counted yesterday online after midnight, and never online twice', async () => {
      await hit({ current: 'a-25' }, vn('2026-11-25 23:58'), '2026-11-25');
      await db.seen(site, { current: 'a-26', previous: 'a-25' }, vn('2026-11-26 00:02'));
      assert.equal((await read(vn('2026-11-26 00:06'))).online, 1);
      await hit({ current: 'a-26', previous: 'a-25' }, vn('2026-11-26 00:04'));
      await db.seen(site, { current: 'a-26', previous: 'a-25' }, vn('2026-11-26 00:05'));
      assert.equal((await read(vn('2026-11-26 00:05'))).online, 1);
    });

    it('gives one salt per day, the same to every instance, and a different one the next day', async () => {
      const other = await store.open();
      try {
        const keepUntil = saltExpiresAt('2026-11-26');
        const [mine, theirs] = await Promise.all([
          db.salt('2026-11-26', keepUntil, morning),
          other.salt('2026-11-26', keepUntil, morning),
        ]);
        assert.equal(mine.length, 32);
        assert.deepEqual(mine, theirs);
        assert.deepEqual(await db.salt('2026-11-26', keepUntil, morning + MINUTE), mine);
        assert.deepEqual(await other.existingSalt('2026-11-26'), mine);
        const tomorrow = await db.salt('2026-11-27', saltExpiresAt('2026-11-27'), vn('2026-11-27 00:00'));
        assert.notDeepEqual(tomorrow, mine);
      } finally {
        await other.close();
      }
    });

    it('deletes salts of days before the one named, never creating yesterday’s', async () => {
      assert.equal(await db.existingSalt('2026-11-25'), undefined);
      const first = await db.salt('2026-11-25', saltExpiresAt('2026-11-25'), vn('2026-11-25 08:00'));
      await db.salt('2026-11-26', saltExpiresAt('2026-11-26'), morning);
      await db.forgetSaltsBefore('2026-11-26');
      assert.equal(await db.existingSalt('2026-11-25'), undefined);
      assert.ok(await db.existingSalt('2026-11-26'));
      const again = await db.salt('2026-11-25', saltExpiresAt('2026-11-25'), vn('2026-11-25 08:00'));
      assert.notDeepEqual(again, first);
    });

    it('keeps every count when the store is closed and opened again', async () => {
      await hit({ current: 'a' }, morning);
      await hit({ current: 'b' }, morning);
      await db.close();
      db = await store.open();
      assert.equal(await hit({ current: 'a' }, morning + MINUTE), false);
      assert.deepEqual(await read(morning + MINUTE), { total: 2, today: 2, yesterday: 0, month: 2, online: 2 });
    });

    it('lists every counter and sets counters, to move them between stores', async () => {
      await hit({ current: 'a' }, vn('2026-11-25 10:00'), '2026-11-25');
      await hit({ current: 'b' }, morning, '2026-11-26', 'other-site');
      assert.deepEqual(await db.visitCounts(), [
        { site: 'other-site', period: '2026-11', count: 1 },
        { site: 'other-site', period: '2026-11-26', count: 1 },
        { site: 'other-site', period: 'total', count: 1 },
        { site, period: '2026-11', count: 1 },
        { site, period: '2026-11-25', count: 1 },
        { site, period: 'total', count: 1 },
      ]);
      await db.setVisitCounts([
        { site, period: 'total', count: 9120 },
        { site, period: '2026-11', count: 400 },
      ]);
      assert.deepEqual(await read(morning), { total: 9120, today: 0, yesterday: 1, month: 400, online: 0 });
    });

    it('answers a ping', async () => {
      await db.ping();
    });
  });
}
