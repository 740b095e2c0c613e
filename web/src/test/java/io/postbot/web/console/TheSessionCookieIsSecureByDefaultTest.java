package io.postbot.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The console's session cookie as a real deployment sets it (the ITs serve plain HTTP and switch
 * Secure off): Secure, bound to the host by the __Host- prefix, HttpOnly, SameSite=Strict.
 */
@DisplayName("The console's session cookie is Secure with the __Host- prefix unless switched off")
class TheSessionCookieIsSecureByDefaultTest {

  @Test
  @DisplayName("without a setting: Secure, __Host-postbot-console, path /, HttpOnly, Strict")
  void secureByDefault() {
    Map<String, Object> cookie = configured(Optional.empty());

    assertThat(cookie)
        .containsEntry("setSecure", true)
        .containsEntry("setName", "__Host-postbot-console")
        .containsEntry("setPath", "/")
        .containsEntry("setHttpOnly", true)
        .containsEntry("SameSite", "Strict");
  }

  @Test
  @DisplayName("postbot.console.secure-cookie=false (plain HTTP on loopback): no Secure, no prefix")
  void switchedOff() {
    Map<String, Object> cookie = configured(Optional.of(false));

    assertThat(cookie)
        .containsEntry("setSecure", false)
        .containsEntry("setName", "postbot-console")
        .containsEntry("setHttpOnly", true)
        .containsEntry("SameSite", "Strict");
  }

  /** What the listener set on the container's cookie configuration. */
  private static Map<String, Object> configured(Optional<Boolean> setting) {
    Map<String, Object> set = new HashMap<>();
    SessionCookieConfig config =
        (SessionCookieConfig)
            Proxy.newProxyInstance(
                SessionCookieConfig.class.getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("setAttribute")) {
                    set.put(String.valueOf(args[0]), args[1]);
                  } else if (method.getName().startsWith("set")) {
                    set.put(method.getName(), args[0]);
                  }
                  return null;
                });
    SessionCookies.configure(config, setting);
    return set;
  }
}
