package io.postbot.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.shared.ConversationId;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The client sees a close before the container calls the endpoint's close callback; a widget that
 * connects again on the close (or a script's next socket) must find the room already made. Seen in
 * SocketFloodsAreRefusedIT in CI: a socket closed with 1013 was still counted when the next ones
 * opened, so one of those was refused and a later one let in.
 */
@DisplayName("A socket the server closes makes room under the address's cap before its close goes")
class AClosedSocketMakesRoomBeforeItsCloseIsSentTest {

  private static final String ADDRESS = "192.0.2.7";

  private final ChannelLimits limits = new ChannelLimits();
  private final List<Integer> countedWhenClosed = new ArrayList<>();
  private final Map<String, Object> properties =
      new HashMap<>(Map.of(ClientAddressConfigurator.PROPERTY, ADDRESS));

  private Session session() {
    return (Session)
        Proxy.newProxyInstance(
            Session.class.getClassLoader(),
            new Class<?>[] {Session.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getUserProperties" -> properties;
                  case "close" -> {
                    countedWhenClosed.add(limits.openFrom(ADDRESS));
                    yield null;
                  }
                  default -> null;
                });
  }

  /** A customer socket of the address, open on a conversation and counted. */
  private CustomerChannel opened(Session session) {
    limits.create();
    CustomerChannel channel = new CustomerChannel(() -> limits, () -> null);
    channel.open(session, ConversationId.newId().toString());
    return channel;
  }

  @Test
  @DisplayName("a first frame that is not an authentication is refused with its place given back")
  void refusedFirstFrame() {
    // given an open socket of the address, counted against its cap
    Session session = session();
    CustomerChannel channel = opened(session);
    assertThat(limits.openFrom(ADDRESS)).isOne();

    // when its first frame is not an authentication and the server closes it
    channel.frame(session, "{\"type\":\"ping\"}");

    // then the address's count was back to zero before the close frame went out
    assertThat(countedWhenClosed).containsExactly(0);

    // and the container's close callback, when it comes, releases nothing twice
    channel.closed(session);
    assertThat(limits.openFrom(ADDRESS)).isZero();
  }

  @Test
  @DisplayName("a frame that is not JSON is refused the same way")
  void notJson() {
    Session session = session();
    CustomerChannel channel = opened(session);

    channel.frame(session, "not json");

    assertThat(countedWhenClosed).containsExactly(0);
  }
}
