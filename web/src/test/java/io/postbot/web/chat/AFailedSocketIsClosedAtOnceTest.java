package io.postbot.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "A customer socket whose frame failed unexpectedly is closed at once, not left to idle")
class AFailedSocketIsClosedAtOnceTest {

  private final List<CloseReason> closes = new ArrayList<>();

  private Session session() {
    return (Session)
        Proxy.newProxyInstance(
            Session.class.getClassLoader(),
            new Class<?>[] {Session.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close") && args != null && args.length == 1) {
                closes.add((CloseReason) args[0]);
              }
              return null;
            });
  }

  @Test
  @DisplayName("an unexpected failure closes it with 1011, so the widget connects again now")
  void unexpectedFailureCloses() {
    // given a socket that has not authenticated yet
    CustomerChannel channel = new CustomerChannel();

    // when its frame fails with an error nobody caught (the database, say)
    channel.failed(session(), new IllegalStateException("no connection in the pool"));

    // then it is closed at once, with the code that tells the widget to try again
    assertThat(closes)
        .singleElement()
        .extracting(CloseReason::getCloseCode)
        .isEqualTo(CloseReason.CloseCodes.UNEXPECTED_CONDITION);
  }

  @Test
  @DisplayName("a broken connection is only released: there is nobody left to tell")
  void brokenConnectionIsReleased() {
    CustomerChannel channel = new CustomerChannel();

    channel.failed(session(), new IOException("connection reset"));

    assertThat(closes).isEmpty();
  }
}
