/** Retry rules as pure functions, so they are tested without a network. */

/** Network failures, 5xx and 429 are worth another try; other statuses are not. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * Milliseconds a `Retry-After` header asks us to wait: delta-seconds or an HTTP date.
 * Returns null when the header is absent or unreadable.
 */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Exponential backoff with up to 25 % jitter, so many widgets do not retry in lockstep. */
export function backoffDelay(attempt: number, base: number, random = Math.random): number {
  const delay = base * 2 ** attempt;
  return Math.round(delay * (1 + random() * 0.25));
}
