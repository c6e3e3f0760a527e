import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, periodsAt, startOfVietnamDay, vietnamDay, vietnamMonth } from '../../src/counting/calendar.js';
import { vn } from '../helpers/clock.js';

describe('the calendar in Vietnam (UTC+7)', () => {
  it('turns the day at midnight in Vietnam, which is 17:00 UTC the day before', () => {
    assert.equal(vietnamDay(Date.parse('2026-11-26T16:59:59.999Z')), '2026-11-26');
    assert.equal(vietnamDay(Date.parse('2026-11-26T17:00:00.000Z')), '2026-11-27');
    assert.equal(vietnamDay(vn('2026-11-27 00:00:00')), '2026-11-27');
  });

  it('gives the same answers whatever time zone the server runs in', () => {
    const before = process.env.TZ;
    const at = Date.parse('2026-11-30T18:30:00Z'); // 01:30 on 1 December in Vietnam, 30 November in the Americas
    try {
      for (const zone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh']) {
        process.env.TZ = zone;
        assert.deepEqual(periodsAt(at), { today: '2026-12-01', yesterday: '2026-11-30', month: '2026-12' }, zone);
      }
    } finally {
      process.env.TZ = before;
    }
  });

  it('names the month and crosses month and year ends', () => {
    assert.equal(vietnamMonth(vn('2026-12-31 23:59:59')), '2026-12');
    assert.equal(vietnamMonth(vn('2027-01-01 00:00:00')), '2027-01');
    assert.equal(addDays('2027-01-01', -1), '2026-12-31');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.deepEqual(periodsAt(vn('2027-03-01 07:00')), {
      today: '2027-03-01',
      yesterday: '2027-02-28',
      month: '2027-03',
    });
  });

  it('knows when a Vietnam day begins', () => {
    assert.equal(startOfVietnamDay('2026-11-27'), Date.parse('2026-11-26T17:00:00Z'));
    assert.equal(vietnamDay(startOfVietnamDay('2026-11-27') - 1), '2026-11-26');
  });
});
