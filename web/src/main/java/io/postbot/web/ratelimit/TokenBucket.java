package io.postbot.web.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * A bucket of {@code capacity} tokens that refills evenly over {@code period}: a burst up to the
 * capacity is allowed, then one request per {@code period / capacity}. Not thread-safe on its own;
 * {@link RateLimiter} guards it.
 */
final class TokenBucket {

  private final int capacity;
  private final double tokensPerNano;
  private double tokens;
  private Instant refilledAt;

  TokenBucket(int capacity, Duration period, Instant now) {
    if (capacity < 1 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("a bucket needs a positive capacity and period");
    }
    this.capacity = capacity;
    this.tokensPerNano = capacity / (double) period.toNanos();
    this.tokens = capacity;
    this.refilledAt = now;
  }

  /** Takes one token; when none is left, answers how long until one is back. */
  Duration tryTake(Instant now) {
    refill(now);
    if (tokens >= 1) {
      tokens -= 1;
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
  }

  /** True when the bucket has refilled completely, so forgetting it changes nothing. */
  boolean isFull(Instant now) {
    refill(now);
    return tokens >= capacity;
  }

  private void refill(Instant now) {
    if (now.isAfter(refilledAt)) {
      long elapsed = Duration.between(refilledAt, now).toNanos();
      tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
      refilledAt = now;
    }
  }
}
