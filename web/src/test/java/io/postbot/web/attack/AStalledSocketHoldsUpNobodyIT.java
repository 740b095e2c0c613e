package io.postbot.web.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.postbot.web.testing.ConsoleClient;
import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import io.postbot.web.testing.StalledCustomerSocket;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer whose socket stops reading (a real WebSocket connection with a tiny receive buffer,
 * authenticated, then never read again) while the conversation grows by far more than the kernel's
 * socket buffers hold: the customer's and the agent's requests still return, another customer's tab
 * gets the agent's answers all along (no executor thread waits on the stalled socket, so none is
 * missing for others), the conversation's other tabs get every message, and the server gives the
 * stalled connection up (its place among the conversation's five is free again while it is still
 * not read, and reading it then finds its end) instead of keeping it, its frames and a thread for
 * ever. The attack-it execution allows 5 sockets per conversation and 10 per address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("A customer's socket that does not drain holds up nobody and is closed")
class AStalledSocketHoldsUpNobodyIT {

  /**
   * Far more than the stalled socket's buffers take: the server's stack took about 10 million
   * characters before it stopped taking more (a loopback connection, tcp_wmem up to 4 MiB).
   */
  private static final int MAX_MESSAGES = 20_000;

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  /**
   * The sockets of this test come from an address of their own, so that its connects do not use up
   * the budget of the other attack tests' address (127.0.0.1) on the same server.
   */
  private final InetAddress from = InetAddress.getByName("127.0.0.2");

  private final HttpClient client = HttpClient.newBuilder().localAddress(from).build();

  AStalledSocketHoldsUpNobodyIT() throws UnknownHostException {}

  @Test
  @Timeout(600)
  @DisplayName("requests return and other tabs read on while the socket is stalled; it is closed")
  void stalledSocket() throws Exception {
    Http http = new Http(base);
    JsonObject started =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String id = started.getString("id");
    String token = started.getString("token");
    String auth = "{\"type\":\"auth\",\"token\":\"" + token + "\",\"after\":0}";
    ConsoleClient agent = new ConsoleClient(base);
    assertThat(agent.login("it-admin", "it-admin-secret-1")).isTrue();
    withTheAgent(http, agent, id, token);
    // and another customer, with the same agent, whose tab reads
    JsonObject other = Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String otherId = other.getString("id");
    String otherToken = other.getString("token");
    withTheAgent(http, agent, otherId, otherToken);
    Tab otherTab =
        Tab.open(
            client,
            base,
            otherId,
            "{\"type\":\"auth\",\"token\":\"" + otherToken + "\",\"after\":0}");
    assertThat(otherTab.admitted()).isTrue();

    // given a customer socket that is authenticated and then never read again, and four tabs of
    // the same conversation that read: the conversation has its five sockets
    try (StalledCustomerSocket stalled = StalledCustomerSocket.open(base, from, id, token)) {
      List<Tab> tabs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        tabs.add(Tab.open(client, base, id, auth));
      }
      assertThat(Tab.open(client, base, id, auth).admitted()).as("a sixth socket").isFalse();

      // when the customer writes far more than the stalled socket's buffers hold, the agent
      // answering now and then
      long pushed = 0;
      long slowestPost = 0;
      int messages = 0;
      boolean released = false;
      long lastProbe = System.nanoTime();
      int answers = 0;
      while (messages < MAX_MESSAGES && !released) {
        String text = text(2000);
        long before = System.nanoTime();
        HttpResponse<String> sent =
            assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () ->
                    http.post(
                        "api/v1/conversations/" + id + "/messages",
                        "{\"text\":\"" + text + "\"}",
                        token));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        slowestPost = Math.max(slowestPost, System.nanoTime() - before);
        pushed += text.length();
        messages++;
        if (messages % 100 == 0) {
          // the other customer gets the agent's answers all along
          String toOther = "To the other customer " + messages;
          answer(agent, otherId, toOther);
          assertThat(otherTab.sawWithin(toOther, Duration.ofSeconds(30)))
              .as("the other customer's tab after %d characters were pushed", pushed)
              .isTrue();
        }
        if (messages % 500 == 0) {
          answer(agent, id, "Answer " + ++answers);
        }
        if (System.nanoTime() - lastProbe > TimeUnit.SECONDS.toNanos(5)) {
          // then, while it is still not read, the server gives it up: its place is free again
          Tab probe = Tab.open(client, base, id, auth);
          released = probe.admitted();
          probe.abort();
          lastProbe = System.nanoTime();
        }
      }
      System.out.printf(
          "stalled socket given up: %s, after %d messages (%d characters); slowest message %d ms,"
              + " slowest answer %d ms%n",
          released,
          messages,
          pushed,
          TimeUnit.NANOSECONDS.toMillis(slowestPost),
          TimeUnit.NANOSECONDS.toMillis(slowestAnswer));
      assertThat(released)
          .as("the stalled socket's place after %d characters were pushed", pushed)
          .isTrue();

      // and the agent's answer still returns and reaches every tab that reads
      String last = "Answer " + ++answers;
      answer(agent, id, last);
      for (Tab tab : tabs) {
        assertThat(tab.sawWithin(last, Duration.ofSeconds(60))).as("a reading tab").isTrue();
        assertThat(tab.closed).isNotDone();
      }

      // and reading the stalled socket now finds its end (long before the 300 s idle timeout)
      assertThat(stalled.endsWithin(Duration.ofSeconds(60))).as("the connection ended").isTrue();
      tabs.forEach(Tab::abort);
      otherTab.abort();
    }
  }

  private static void withTheAgent(Http http, ConsoleClient agent, String id, String token) {
    String contact = "{\"name\":\"Kari\",\"email\":\"kari@example.no\",\"phone\":\"91234567\"}";
    assertThat(http.post("api/v1/conversations/" + id + "/handoff", contact, token).statusCode())
        .isEqualTo(202);
    assertThat(agent.post("api/agent/v1/chats/" + id + "/take").statusCode()).isEqualTo(204);
  }

  /** The longest an agent's answer took (open the chat, send), for the record. */
  private static long slowestAnswer;

  private static void answer(ConsoleClient agent, String id, String text) {
    long before = System.nanoTime();
    HttpResponse<String> answered =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> {
              agent.open("console/chat.xhtml?c=" + id);
              return agent.submit("compose", Map.of("text", text, "send", "submit"));
            });
    assertThat(answered.statusCode()).isIn(200, 302, 303);
    slowestAnswer = Math.max(slowestAnswer, System.nanoTime() - before);
  }

  private static String text(int length) {
    StringBuilder text = new StringBuilder(length);
    java.util.concurrent.ThreadLocalRandom random =
        java.util.concurrent.ThreadLocalRandom.current();
    while (text.length() < length) {
      text.append((char) ('a' + random.nextInt(26)));
      if (random.nextInt(7) == 0) {
        text.append(' ');
      }
    }
    return text.substring(0, length - 1).strip() + "x";
  }

  /** A tab of the widget that reads every frame: the agent's texts it saw, its close code. */
  private static final class Tab implements WebSocket.Listener {
    private final CompletableFuture<Boolean> ready = new CompletableFuture<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final Set<String> agentTexts = ConcurrentHashMap.newKeySet();
    private final AtomicInteger frames = new AtomicInteger();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket ws;

    static Tab open(HttpClient client, URL base, String id, String auth) throws Exception {
      Tab tab = new Tab();
      URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "ws/conversations/" + id);
      tab.ws = client.newWebSocketBuilder().buildAsync(uri, tab).get(30, TimeUnit.SECONDS);
      tab.ws.sendText(auth, true).get(30, TimeUnit.SECONDS);
      return tab;
    }

    /** True once the server said ready, false when it closed the socket instead. */
    boolean admitted() throws Exception {
      return ready.get(60, TimeUnit.SECONDS);
    }

    boolean sawWithin(String agentText, Duration wait) throws InterruptedException {
      long end = System.nanoTime() + wait.toNanos();
      while (!agentTexts.contains(agentText) && System.nanoTime() < end) {
        Thread.sleep(100);
      }
      return agentTexts.contains(agentText);
    }

    void abort() {
      ws.abort();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        JsonObject frame = Json.createReader(new StringReader(partial.toString())).readObject();
        partial.setLength(0);
        frames.incrementAndGet();
        if (frame.getString("type", "").equals("ready")) {
          ready.complete(true);
        }
        JsonObject message = frame.getJsonObject("message");
        if (message != null && message.getString("author", "").equals("agent")) {
          agentTexts.add(message.getString("text", ""));
        }
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
