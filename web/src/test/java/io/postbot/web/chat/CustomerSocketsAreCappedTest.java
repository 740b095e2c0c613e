package io.postbot.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("One client address holds and opens customer sockets up to a cap")
class CustomerSocketsAreCappedTest {

  private static ChannelLimits limits(int perAddress, int connectsPerMinute) {
    ChannelLimits limits = new ChannelLimits();
    limits.maxPerAddress = perAddress;
    limits.connectsPerMinutePerAddress = connectsPerMinute;
    limits.clock = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
    limits.create();
    return limits;
  }

  @Test
  @DisplayName("an address holds at most its maximum; a closed socket makes room; others are apart")
  void openPerAddress() {
    ChannelLimits limits = limits(3, 100);
    for (int i = 0; i < 3; i++) {
      assertThat(limits.open("192.0.2.1")).isTrue();
    }

    assertThat(limits.open("192.0.2.1")).isFalse();
    assertThat(limits.open("192.0.2.2")).isTrue();

    limits.closed("192.0.2.1");
    assertThat(limits.open("192.0.2.1")).isTrue();
    assertThat(limits.openFrom("192.0.2.1")).isEqualTo(3);
  }

  @Test
  @DisplayName("a refused socket is not counted, and closing everything forgets the address")
  void nothingLeaks() {
    ChannelLimits limits = limits(1, 100);
    assertThat(limits.open("192.0.2.1")).isTrue();
    assertThat(limits.open("192.0.2.1")).isFalse();

    limits.closed("192.0.2.1");

    assertThat(limits.openFrom("192.0.2.1")).isZero();
    assertThat(limits.open("192.0.2.1")).isTrue();
  }

  @Test
  @DisplayName("connects are limited per address and minute, and say how long to wait")
  void connectsPerMinute() {
    ChannelLimits limits = limits(100, 2);

    assertThat(limits.connect("192.0.2.1")).isZero();
    assertThat(limits.connect("192.0.2.1")).isZero();

    assertThat(limits.connect("192.0.2.1")).isPositive();
    assertThat(limits.connect("192.0.2.9")).isZero();
  }
}
