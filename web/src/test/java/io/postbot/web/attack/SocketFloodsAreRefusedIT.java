package io.postbot.web.attack;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.shared.ConversationId;
import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A script opening customer sockets from one address: the server runs with postbot.ws.* lowered
 * (the attack-it execution: 5 per conversation, 10 per address, 25 connects a minute).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("Floods of customer sockets are refused: per conversation, per address, per minute")
class SocketFloodsAreRefusedIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  @DisplayName(
      "the 6th socket of a conversation, the 11th of an address, the 26th connect a minute")
  void flood() throws Exception {
    JsonObject started =
        Http.json(new Http(base).post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String id = started.getString("id");
    String auth =
        "{\"type\":\"auth\",\"token\":\"" + started.getString("token") + "\",\"after\":0}";
    List<Socket> open = new ArrayList<>();

    // five tabs of one conversation are fine; the sixth is closed with 1013 (try again later)
    for (int i = 0; i < 5; i++) {
      Socket tab = connect(id);
      tab.ws.sendText(auth, true);
      assertThat(tab.ready.get(30, TimeUnit.SECONDS)).isTrue();
      open.add(tab);
    }
    Socket sixth = connect(id);
    sixth.ws.sendText(auth, true);
    assertThat(sixth.closed.get(30, TimeUnit.SECONDS)).isEqualTo(1013);

    // five more sockets (not yet authenticated) fill the address's ten; the eleventh is closed
    for (int i = 0; i < 5; i++) {
      open.add(connect(ConversationId.newId().toString()));
    }
    Socket eleventh = connect(ConversationId.newId().toString());
    assertThat(eleventh.closed.get(30, TimeUnit.SECONDS)).isEqualTo(1013);
    assertThat(open).allSatisfy(s -> assertThat(s.closed).isNotDone());

    // 12 connects so far: 13 more are let in (and closed at once), then the handshake is refused
    int refusedAt = -1;
    for (int connects = 13; connects <= 40 && refusedAt < 0; connects++) {
      try {
        connect(ConversationId.newId().toString());
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
            .isEqualTo(429);
        refusedAt = connects;
      }
    }
    // 25 a minute, refilled evenly: a token or two may come back while the test runs
    assertThat(refusedAt).isBetween(26, 40);
    open.forEach(s -> s.ws.abort());
  }

  private Socket connect(String conversation) throws Exception {
    Socket socket = new Socket();
    URI uri =
        URI.create(
            base.toString().replaceFirst("^http", "ws") + "ws/conversations/" + conversation);
    socket.ws = client.newWebSocketBuilder().buildAsync(uri, socket).get(30, TimeUnit.SECONDS);
    return socket;
  }

  /** One client socket: whether it became ready, and the close code it got. */
  private static final class Socket implements WebSocket.Listener {
    WebSocket ws;
    final CompletableFuture<Boolean> ready = new CompletableFuture<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      if (data.toString().contains("\"ready\"")) {
        ready.complete(true);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      ready.complete(false);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.completeExceptionally(error);
      ready.complete(false);
    }
  }
}
