import { createHmac, randomBytes } from 'node:crypto';

/**
 * A token bucket per client address: `perMinute` hits at once, refilled at `perMinute` a minute.
 * A flood is refused (429) before it reaches the store, so it cannot inflate the counts.
 */
export interface Bucket {
  tokens: number;
  at: number;
}

export interface Take {
  allowed: boolean;
  bucket: Bucket;
  /** How long until the next hit would be allowed (0 when allowed). */
  retryAfterMs: number;
}

const MINUTE_MS = 60 * 1000;

/** Takes one token from `bucket` (undefined: a full one) at `at`. Pure. */
export function takeToken(bucket: Bucket | undefined, at: number, perMinute: number): Take {
  const elapsed = bucket ? Math.max(0, at - bucket.at) : 0;
  const tokens = bucket ? Math.min(perMinute, bucket.tokens + (elapsed * perMinute) / MINUTE_MS) : perMinute;
  if (tokens >= 1) return { allowed: true, bucket: { tokens: tokens - 1, at }, retryAfterMs: 0 };
  return { allowed: false, bucket: { tokens, at }, retryAfterMs: Math.ceil(((1 - tokens) * MINUTE_MS) / perMinute) };
}

/**
 * The buckets of one process. Keys are keyed hashes of the address (the key is random per
 * process), so not even memory holds a list of raw addresses. Each instance limits on its own.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly key = randomBytes(16);
  private sweptAt: number;

  constructor(
    private readonly perMinute: number,
    private readonly clock: () => number,
  ) {
    this.sweptAt = clock();
  }

  take(address: string): Take {
    const at = this.clock();
    if (at - this.sweptAt >= MINUTE_MS) this.sweep(at);
    const id = createHmac('sha256', this.key).update(address).digest('base64url');
    const result = takeToken(this.buckets.get(id), at, this.perMinute);
    this.buckets.set(id, result.bucket);
    return result;
  }

  /** Forgets buckets that have refilled: they mean the same as no bucket. */
  private sweep(at: number): void {
    this.sweptAt = at;
    for (const [id, bucket] of this.buckets) {
      if (at - bucket.at >= MINUTE_MS) this.buckets.delete(id);
    }
  }
}
