package io.postbot.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Limits are counted per client address, X-Forwarded-For only behind a trusted proxy")
class ClientAddressTest {

  @Test
  @DisplayName("without a trusted proxy the connection's address counts, whatever the header says")
  void untrusted() {
    assertThat(ClientAddress.of("10.0.0.1", "1.2.3.4", false)).isEqualTo("10.0.0.1");
  }

  @Test
  @DisplayName("behind a trusted proxy the address it added (the last) counts")
  void trusted() {
    assertThat(ClientAddress.of("10.0.0.1", "6.6.6.6, 203.0.113.7", true)).isEqualTo("203.0.113.7");
    assertThat(ClientAddress.of("10.0.0.1", " ", true)).isEqualTo("10.0.0.1");
    assertThat(ClientAddress.of(null, null, true)).isEqualTo("unknown");
  }
}
