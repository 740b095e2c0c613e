package io.postbot.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A cookie-authenticated request is let through only from the server's own pages")
class SameOriginTest {

  @Test
  @DisplayName("the console's own origin, with or without the proxy's scheme and default port")
  void own() {
    assertThat(SameOrigin.allows("http://127.0.0.1:18080", "127.0.0.1:18080")).isTrue();
    assertThat(SameOrigin.allows("https://chat.example.no", "chat.example.no")).isTrue();
    assertThat(SameOrigin.allows("https://chat.example.no", "chat.example.no:443")).isTrue();
    assertThat(SameOrigin.allows(null, "chat.example.no")).isTrue();
  }

  @Test
  @DisplayName("another site, an opaque origin or garbage is refused")
  void foreign() {
    assertThat(SameOrigin.allows("https://evil.example", "chat.example.no")).isFalse();
    assertThat(SameOrigin.allows("https://chat.example.no.evil.example", "chat.example.no"))
        .isFalse();
    assertThat(SameOrigin.allows("null", "chat.example.no")).isFalse();
    assertThat(SameOrigin.allows("::not a uri", "chat.example.no")).isFalse();
    assertThat(SameOrigin.allows("https://chat.example.no", null)).isFalse();
  }
}
