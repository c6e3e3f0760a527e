import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimiter, takeToken } from '../../src/counting/rate-limit.js';
import { manualClock } from '../helpers/clock.js';

describe('the rate limit (a token bucket per address)', () => {
  it('allows the limit at once, then refuses, and says when to come back', () => {
    let bucket;
    for (let i = 0; i < 30; i++) {
      const take = takeToken(bucket, 0, 30);
      assert.equal(take.allowed, true, `hit ${i + 1}`);
      bucket = take.bucket;
    }
    const refused = takeToken(bucket, 0, 30);
    assert.equal(refused.allowed, false);
    assert.equal(refused.retryAfterMs, 2000); // 30 a minute: one token every 2 s
    assert.equal(takeToken(refused.bucket, 1999, 30).allowed, false);
    assert.equal(takeToken(refused.bucket, 2000, 30).allowed, true);
  });

  it('limits each address on its own and refills fully after a minute', () => {
    const clock = manualClock(0);
    const limiter = new RateLimiter(3, clock);
    for (let i = 0; i < 3; i++) assert.equal(limiter.take('203.0.113.7').allowed, true);
    assert.equal(limiter.take('203.0.113.7').allowed, false);
    assert.equal(limiter.take('203.0.113.8').allowed, true);
    clock.advance(60_000);
    for (let i = 0; i < 3; i++) assert.equal(limiter.take('203.0.113.7').allowed, true);
    assert.equal(limiter.take('203.0.113.7').allowed, false);
  });
});
