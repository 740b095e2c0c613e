package io.postbot.web.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One limit ("20 messages a minute") applied separately to many keys (conversations, client
 * addresses), in memory. Full buckets are forgotten now and then, so memory follows the number of
 * active clients, not the number ever seen; and however many distinct keys a flood brings within
 * one period (made-up conversation ids, spoofed addresses), at most {@code maxKeys} are kept, the
 * least recently used forgotten first.
 */
public final class RateLimiter {

  private static final int SWEEP_EVERY = 1024;

  private final int capacity;
  private final Duration period;
  private final Clock clock;
  private final int maxKeys;
  private final Map<String, TokenBucket> buckets;
  private int takesSinceSweep;

  public RateLimiter(int capacity, Duration period, Clock clock) {
    this(capacity, period, clock, 100_000);
  }

  public RateLimiter(int capacity, Duration period, Clock clock, int maxKeys) {
    this.capacity = capacity;
    this.period = period;
    this.clock = clock;
    this.maxKeys = maxKeys;
    this.buckets =
        new java.util.LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, TokenBucket> eldest) {
            return size() > RateLimiter.this.maxKeys;
          }
        };
  }

  /**
   * Counts one request for the key: {@link Duration#ZERO} when allowed, otherwise how long the
   * caller must wait.
   */
  public synchronized Duration acquire(String key) {
    Instant now = clock.instant();
    if (++takesSinceSweep >= SWEEP_EVERY) {
      takesSinceSweep = 0;
      buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
    return buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, period, now)).tryTake(now);
  }

  synchronized int trackedKeys() {
    return buckets.size();
  }
}
