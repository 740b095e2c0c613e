package io.postbot.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Limits are counted per client address, X-Forwarded-For only from trusted proxies")
class ClientAddressTest {

  static final Set<String> PROXY = Set.of("10.0.0.1");

  @Test
  @DisplayName("from an address that is not a trusted proxy the header is ignored")
  void untrusted() {
    assertThat(ClientAddress.of("203.0.113.7", "1.2.3.4", PROXY)).isEqualTo("203.0.113.7");
    assertThat(ClientAddress.of("10.0.0.1", "1.2.3.4", Set.of())).isEqualTo("10.0.0.1");
  }

  @Test
  @DisplayName("behind a trusted proxy each customer has their own address, not the proxy's")
  void trusted() {
    assertThat(ClientAddress.of("10.0.0.1", "203.0.113.7", PROXY)).isEqualTo("203.0.113.7");
    assertThat(ClientAddress.of("10.0.0.1", "198.51.100.9", PROXY)).isEqualTo("198.51.100.9");
  }

  @Test
  @DisplayName("what the client wrote itself, left of the proxies' entries, never counts")
  void spoofed() {
    assertThat(ClientAddress.of("10.0.0.1", "6.6.6.6, 203.0.113.7", PROXY))
        .isEqualTo("203.0.113.7");
    assertThat(
            ClientAddress.of(
                "10.0.0.1", "6.6.6.6, 203.0.113.7, 10.0.0.2", Set.of("10.0.0.1", "10.0.0.2")))
        .isEqualTo("203.0.113.7");
  }

  @Test
  @DisplayName("an empty or blank header, or no connection address, falls back safely")
  void edges() {
    assertThat(ClientAddress.of("10.0.0.1", " ", PROXY)).isEqualTo("10.0.0.1");
    assertThat(ClientAddress.of("10.0.0.1", "1.2.3.4, ", PROXY)).isEqualTo("10.0.0.1");
    assertThat(ClientAddress.of(null, null, PROXY)).isEqualTo("unknown");
  }
}
