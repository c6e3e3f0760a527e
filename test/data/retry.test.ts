import { expect } from '@open-wc/testing';
import { backoffDelay, isRetryableStatus, parseRetryAfter } from '../../src/data/retry.js';

describe('retry rules', () => {
  it('retries 429 and every 5xx, and no other status', () => {
    expect([429, 500, 502, 503, 504, 599].every(isRetryableStatus)).to.equal(true);
    expect([200, 301, 400, 401, 403, 404, 410, 422, 600].some(isRetryableStatus)).to.equal(false);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-26T06:00:00Z');
    expect(parseRetryAfter('3', now)).to.equal(3000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Thu, 26 Nov 2026 06:00:05 GMT', now)).to.equal(5000);
    expect(parseRetryAfter('Thu, 26 Nov 2026 05:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter(null, now)).to.equal(null);
    expect(parseRetryAfter('soon', now)).to.equal(null);
  });

  it('doubles the backoff on each retry, with at most 25 % jitter', () => {
    expect(backoffDelay(0, 500, () => 0)).to.equal(500);
    expect(backoffDelay(1, 500, () => 0)).to.equal(1000);
    expect(backoffDelay(2, 500, () => 0.999)).to.be.within(2000, 2500);
  });
});
