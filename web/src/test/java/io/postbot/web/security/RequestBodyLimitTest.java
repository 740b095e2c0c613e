package io.postbot.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.web.security.BodyLimit.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A request body is judged by its declared length against its address's limit")
class RequestBodyLimitTest {

  final BodyLimit limit = new BodyLimit(16_384, 65_536);

  @Test
  @DisplayName("console forms have their own limit, every other address the API's")
  void perAddress() {
    assertThat(limit.forPath("/console/chat.xhtml")).isEqualTo(65_536);
    assertThat(limit.forPath("/api/v1/conversations")).isEqualTo(16_384);
    assertThat(limit.forPath("/consoleX")).isEqualTo(16_384);
    assertThat(limit.forPath(null)).isEqualTo(16_384);
  }

  @Test
  @DisplayName("a declared length over the limit is refused unread, one at the limit passes")
  void declared() {
    assertThat(limit.judge("/api/v1/conversations", 64L << 20, false)).isEqualTo(Verdict.TOO_LARGE);
    assertThat(limit.judge("/api/v1/conversations", 16_385, false)).isEqualTo(Verdict.TOO_LARGE);
    assertThat(limit.judge("/api/v1/conversations", 16_384, false)).isEqualTo(Verdict.PASS);
    assertThat(limit.judge("/console/login.xhtml", 60_000, false)).isEqualTo(Verdict.PASS);
  }

  @Test
  @DisplayName("a chunked body of unknown length is counted; no body at all passes")
  void unknownLength() {
    assertThat(limit.judge("/api/v1/conversations", -1, true)).isEqualTo(Verdict.COUNT);
    assertThat(limit.judge("/api/v1/conversations", -1, false)).isEqualTo(Verdict.PASS);
  }

  @Test
  @DisplayName("a limit must be positive")
  void positive() {
    assertThatThrownBy(() -> new BodyLimit(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
