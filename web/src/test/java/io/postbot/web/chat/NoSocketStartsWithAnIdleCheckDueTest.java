package io.postbot.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.server.ServerContainer;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("No WebSocket session starts with an idle check due at once")
class NoSocketStartsWithAnIdleCheckDueTest {

  @Test
  @DisplayName("the container's default idle timeout is the authentication deadline, never zero")
  void defaultIsTheAuthDeadline() {
    // given a container whose default is Tyrus's: 0, no timeout
    AtomicLong idleDefault = new AtomicLong(0);
    ServerContainer server =
        (ServerContainer)
            Proxy.newProxyInstance(
                ServerContainer.class.getClassLoader(),
                new Class<?>[] {ServerContainer.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("setDefaultMaxSessionIdleTimeout")) {
                    idleDefault.set((Long) args[0]);
                  }
                  return null;
                });

    // when the application starts
    SocketIdleDefault.apply(server);

    // then every session is built with the deadline, which endpoints then set to their own
    assertThat(idleDefault.get()).isEqualTo(CustomerChannel.AUTH_TIMEOUT_MS).isPositive();
  }
}
