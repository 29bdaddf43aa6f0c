/**
 * Per-tab budget for log reports: a token bucket. An agent's real pace (a few moments per
 * ticket, one event per finding when a reply leaves) stays far below it; a page that found
 * a way to make Tacto report in a loop fills the log with at most a burst and a trickle.
 */
export interface RateLimiter {
  /** Takes `count` events from `key`'s budget; false (nothing taken) when they do not fit. */
  take(key: string | number, count: number, nowMs?: number): boolean;
}

export function tokenBucket(capacity: number, refillPerSecond: number, maxKeys = 500): RateLimiter {
  const buckets = new Map<string | number, { tokens: number; at: number }>();
  return {
    take(key, count, nowMs = Date.now()) {
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= maxKeys) buckets.clear();
        bucket = { tokens: capacity, at: nowMs };
        buckets.set(key, bucket);
      }
      bucket.tokens = Math.min(capacity, bucket.tokens + ((nowMs - bucket.at) / 1000) * refillPerSecond);
      bucket.at = nowMs;
      if (count > bucket.tokens) return false;
      bucket.tokens -= count;
      return true;
    },
  };
}
