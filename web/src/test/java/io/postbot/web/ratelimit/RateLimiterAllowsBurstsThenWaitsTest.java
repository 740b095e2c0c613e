package io.postbot.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The rate limiter allows a burst, then one request per interval, per key")
class RateLimiterAllowsBurstsThenWaitsTest {

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-11-29T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }
  }

  private final ManualClock clock = new ManualClock();
  private final RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);

  @Test
  @DisplayName("three in a row pass; the fourth is told to wait until a token is back")
  void burstThenWait() {
    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isZero();

    assertThat(limiter.acquire("a")).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  @DisplayName("tokens come back with time, never above the capacity")
  void refill() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("a");
    }

    clock.advance(Duration.ofSeconds(20));
    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isPositive();

    clock.advance(Duration.ofHours(5));
    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("a")).isPositive();
  }

  @Test
  @DisplayName("each key has its own bucket")
  void separateKeys() {
    for (int i = 0; i < 3; i++) {
      limiter.acquire("a");
    }

    assertThat(limiter.acquire("a")).isPositive();
    assertThat(limiter.acquire("b")).isZero();
  }

  @Test
  @DisplayName("full buckets of clients gone quiet are forgotten")
  void forgetsQuietClients() {
    for (int i = 0; i < 2000; i++) {
      limiter.acquire("client-" + i);
    }
    clock.advance(Duration.ofMinutes(2));

    for (int i = 0; i < 1024; i++) {
      limiter.acquire("new-client");
    }

    assertThat(limiter.trackedKeys()).isLessThan(10);
  }

  @Test
  @DisplayName("Retry-After is the wait in whole seconds, rounded up, at least one")
  void retryAfter() {
    assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofMillis(1500))).isEqualTo(2);
    assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofMillis(20))).isEqualTo(1);
    assertThat(RateLimitFilter.retryAfterSeconds(Duration.ofSeconds(20))).isEqualTo(20);
  }

  @Test
  @DisplayName("a flood of distinct keys within one period never grows the memory past its bound")
  void boundedUnderAFloodOfKeys() {
    RateLimiter small = new RateLimiter(3, Duration.ofMinutes(1), clock, 1000);
    for (int i = 0; i < 50_000; i++) {
      small.acquire("conversation-" + i);
    }
    assertThat(small.trackedKeys()).isLessThanOrEqualTo(1000);
    // the keys seen last are still counted
    small.acquire("conversation-49999");
    small.acquire("conversation-49999");
    assertThat(small.acquire("conversation-49999")).isPositive();
  }
}
