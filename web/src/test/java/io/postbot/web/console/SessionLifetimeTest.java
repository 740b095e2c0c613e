package io.postbot.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A console session ends at its absolute lifetime, however active")
class SessionLifetimeTest {

  static final Instant SIGNED_IN = Instant.parse("2026-11-30T07:00:00Z");
  final SessionLifetime tenHours = new SessionLifetime(Duration.ofHours(10));

  @Test
  @DisplayName("within the lifetime the session goes on; at its end it is over")
  void over() {
    assertThat(tenHours.isOver(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(9)))).isFalse();
    assertThat(tenHours.isOver(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(10)))).isTrue();
  }

  @Test
  @DisplayName("a session not signed in has nothing to end; a lifetime must be positive")
  void edges() {
    assertThat(tenHours.isOver(null, SIGNED_IN)).isFalse();
    assertThatThrownBy(() -> new SessionLifetime(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
