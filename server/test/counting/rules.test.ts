import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countedPeriods, isNewVisit, onlineSince, saltDaysAt, saltExpiresAt, TOTAL } from '../../src/counting/rules.js';
import { MINUTE, vn } from '../helpers/clock.js';

describe('the counting rules', () => {
  const at = vn('2026-11-26 10:00');

  it('a first hit is a new visit; another within 30 minutes of the last hit is not; at 30 minutes it is', () => {
    assert.equal(isNewVisit(undefined, at), true);
    assert.equal(isNewVisit(at - 29 * MINUTE - 59_999, at), false);
    assert.equal(isNewVisit(at - 30 * MINUTE, at), true);
  });

  it('online means seen less than 5 minutes ago', () => {
    const since = onlineSince(at);
    const online = (seenAt: number) => seenAt > since;
    assert.equal(online(at - 4 * MINUTE - 59_999), true);
    assert.equal(online(at - 5 * MINUTE), false);
  });

  it('a counted visit adds to the total, its Vietnam day and its Vietnam month', () => {
    assert.deepEqual(countedPeriods(vn('2026-11-30 23:30')), [TOTAL, '2026-11-30', '2026-11']);
    assert.deepEqual(countedPeriods(vn('2026-12-01 00:10')), [TOTAL, '2026-12-01', '2026-12']);
  });

  it("uses today's salt for new hashes and looks yesterday's up", () => {
    assert.deepEqual(saltDaysAt(vn('2026-11-27 00:00')), { current: '2026-11-27', previous: '2026-11-26' });
    assert.deepEqual(saltDaysAt(vn('2026-11-26 23:59:59')), { current: '2026-11-26', previous: '2026-11-25' });
  });

  it('deletes a salt at the start of the second day after its own: two days at most', () => {
    const expires = saltExpiresAt('2026-11-26');
    assert.equal(expires, vn('2026-11-28 00:00'));
    assert.ok(expires - vn('2026-11-26 00:00') <= 2 * 24 * 60 * MINUTE);
    // the day after, the salt is still "previous"; the day after that, it is not needed any more
    assert.equal(saltDaysAt(vn('2026-11-27 23:59')).previous, '2026-11-26');
    assert.equal(saltDaysAt(expires).previous, '2026-11-27');
  });
});
