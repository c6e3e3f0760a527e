/**
 * Library-wide fetch settings. Public (exported as `settings`) so a host page, a story or a test
 * can shorten the waits, e.g. `settings.timeout = 2000`. Read at the start of every fetch.
 */
export const settings = {
  /** Milliseconds within which a fetch, retries included, must succeed (contract: 10 s). */
  timeout: 10_000,
  /** Retries after a network failure, a 5xx or a 429 (contract: 2). */
  retries: 2,
  /** First backoff in milliseconds; doubles on each retry, with jitter. */
  retryDelay: 500,
  /** Largest body accepted, in bytes (contract: 5 MB). */
  maxBytes: 5 * 1024 * 1024,
};
