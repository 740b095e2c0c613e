package io.postbot.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.web.testing.Frames;
import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("A customer chats with the bot through the API of the deployed application")
class CustomerChatsThroughTheApiIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  @DisplayName("start, ask, read back; other tokens see nothing; bad input gets problem details")
  void chat() {
    Http http = new Http(base);

    // given a started conversation
    HttpResponse<String> started = http.post("api/v1/conversations", "{\"language\":\"en\"}", null);
    assertThat(started.statusCode()).isEqualTo(201);
    JsonObject conversation = Http.json(started);
    String id = conversation.getString("id");
    String token = conversation.getString("token");
    assertThat(started.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(id));
    assertThat(conversation.getJsonArray("messages").getJsonObject(0).getString("author"))
        .isEqualTo("bot");

    // when the customer asks
    HttpResponse<String> reply =
        http.post(
            "api/v1/conversations/" + id + "/messages", "{\"text\":\"where is my parcel\"}", token);

    // then the answer holds the customer's message as stored and the bot's reply after it
    assertThat(reply.statusCode()).isEqualTo(200);
    JsonObject sent = Http.json(reply).getJsonObject("sent");
    assertThat(sent.getInt("id")).isEqualTo(2);
    assertThat(sent.getString("author")).isEqualTo("customer");
    assertThat(sent.getString("text")).isEqualTo("where is my parcel");
    assertThat(sent.getString("time")).isNotBlank();
    JsonObject answer = Http.json(reply).getJsonArray("messages").getJsonObject(0);
    assertThat(answer.getString("author")).isEqualTo("bot");
    assertThat(answer.getInt("id")).isEqualTo(3);
    JsonObject all = Http.json(http.get("api/v1/conversations/" + id + "/messages", token));
    assertThat(all.getJsonArray("messages")).hasSize(3);
    JsonObject after =
        Http.json(http.get("api/v1/conversations/" + id + "/messages?after=2", token));
    assertThat(after.getJsonArray("messages")).hasSize(1);

    // and nobody else gets in
    String otherToken =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"nb\"}", null))
            .getString("token");
    assertProblem(http.get("api/v1/conversations/" + id + "/messages", otherToken), 404);
    assertProblem(http.get("api/v1/conversations/" + id + "/messages", null), 404);
    assertProblem(http.get("api/v1/conversations/" + id + "/messages", "not-a-token"), 404);
    assertProblem(http.get("api/v1/conversations/nope/messages", token), 404);

    // bad input is explained, never a stack trace
    // a refusal has its own problem type and a sentence for people, never the code's own message
    HttpResponse<String> german = http.post("api/v1/conversations", "{\"language\":\"de\"}", null);
    assertProblem(german, 400);
    assertThat(Http.json(german).getString("type"))
        .isEqualTo("https://postbot.io/problems/invalid-language");
    assertThat(Http.json(german).getString("detail"))
        .isEqualTo("Choose English (en) or Norwegian bokm\u00e5l (nb).");
    assertProblem(http.post("api/v1/conversations", "{\"langu", null), 400);
    assertProblem(
        http.post("api/v1/conversations/" + id + "/messages", "{\"text\":\"   \"}", token), 400);
    assertProblem(
        http.post(
            "api/v1/conversations/" + id + "/messages",
            "{\"text\":\"" + "a".repeat(2001) + "\"}",
            token),
        400);
  }

  @Test
  @DisplayName("two tabs sending at the same instant on H2: every message answered and stored once")
  void twoTabsAtOnce() throws Exception {
    // given two conversations, each open in two tabs that send together (the rate limit allows 20
    // messages a minute per conversation)
    Http http = new Http(base);
    int rounds = 8;
    java.util.List<java.util.concurrent.Future<java.util.List<Integer>>> tabs =
        new java.util.ArrayList<>();
    java.util.List<JsonObject> conversations = new java.util.ArrayList<>();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      for (int c = 0; c < 2; c++) {
        JsonObject conversation =
            Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
        conversations.add(conversation);
        var together = new java.util.concurrent.CyclicBarrier(2);
        for (int tab = 0; tab < 2; tab++) {
          int t = tab;
          tabs.add(
              pool.submit(() -> {
                java.util.List<Integer> statuses = new java.util.ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                  together.await();
                  statuses.add(
                      http.post(
                              "api/v1/conversations/" + conversation.getString("id") + "/messages",
                              "{\"text\":\"What is Digipost? (tab " + t + ", " + round + ")\"}",
                              conversation.getString("token"))
                          .statusCode());
                }
                return statuses;
              }));
        }
      }
      // then no writer got an error
      for (var tab : tabs) {
        assertThat(tab.get()).containsOnly(200);
      }
    } finally {
      pool.shutdownNow();
    }

    // and each conversation holds every message once, numbered without a gap
    for (JsonObject conversation : conversations) {
      var messages =
          Http.json(
                  http.get(
                      "api/v1/conversations/" + conversation.getString("id") + "/messages",
                      conversation.getString("token")))
              .getJsonArray("messages")
              .getValuesAs(JsonObject.class);
      assertThat(messages)
          .extracting(m -> m.getInt("id"))
          .containsExactlyElementsOf(
              java.util.stream.IntStream.rangeClosed(1, messages.size()).boxed().toList());
      assertThat(messages)
          .filteredOn(m -> m.getString("author").equals("customer"))
          .extracting(m -> m.getString("text"))
          .hasSize(2 * rounds)
          .doesNotHaveDuplicates();
    }
  }

  @Test
  @DisplayName("a parcel is tracked through the real REST client, against the built-in simulator")
  void tracking() {
    Http http = new Http(base);
    JsonObject conversation =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String messages = "api/v1/conversations/" + conversation.getString("id") + "/messages";
    String token = conversation.getString("token");

    // the greeting's "Track a parcel" button: the bot asks for the number, then tracks the next one
    JsonObject ask =
        Http.json(
            http.post(
                messages, "{\"intent\":\"track_parcel\",\"label\":\"Track a parcel\"}", token));
    assertThat(ask.getJsonArray("messages").getJsonObject(0).getString("text"))
        .containsIgnoringCase("tracking number");
    JsonObject tracked = Http.json(http.post(messages, "{\"text\":\"CT797294851NO\"}", token));
    JsonObject card =
        tracked
            .getJsonArray("messages")
            .getJsonObject(0)
            .getJsonObject("payload")
            .getJsonObject("tracking");
    assertThat(card.getString("number")).isEqualTo("CT797294851NO");
    assertThat(card.getJsonArray("events")).isNotEmpty();

    // a number the carrier does not know gets the not-found help, not "service unavailable"
    String unknown = unknownToTheSimulator();
    JsonObject notFound =
        Http.json(http.post(messages, "{\"text\":\"where is " + unknown + "?\"}", token));
    assertThat(notFound.getJsonArray("messages").getJsonObject(0).getString("text"))
        .doesNotContainIgnoringCase("unavailable");
    assertThat(notFound.toString()).contains("talk_to_human");
  }

  /** An SSCC the simulator answers with the carrier's "No shipments found". */
  private static String unknownToTheSimulator() {
    for (int serial = 0; ; serial++) {
      String body = "3707012345" + String.format("%07d", serial);
      int sum = 0;
      for (int i = 0; i < body.length(); i++) {
        int digit = body.charAt(body.length() - 1 - i) - '0';
        sum += digit * (i % 2 == 0 ? 3 : 1);
      }
      String number = body + (10 - sum % 10) % 10;
      if (io.postbot.web.simulator.TrackingSimulator.key(number) % 16 == 0) {
        return number;
      }
    }
  }

  @Test
  @DisplayName("download as text, PDF or JSON, end, delete; other formats get 406")
  void transcriptEndDelete() {
    Http http = new Http(base);
    JsonObject started =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"nb\"}", null));
    String path = "api/v1/conversations/" + started.getString("id");
    String token = started.getString("token");
    http.post(path + "/messages", "{\"text\":\"hvor er pakken min\"}", token);

    HttpResponse<String> text = http.get(path + "/transcript", token, "text/plain");
    assertThat(text.statusCode()).isEqualTo(200);
    assertThat(text.headers().firstValue("Content-Disposition").orElseThrow())
        .matches("attachment; filename=\"postbot-chat-\\d{4}-\\d{2}-\\d{2}\\.txt\"");
    assertThat(text.body())
        .contains("Behandlingsgrunnlag: GDPR Art. 6(1)(b)")
        .contains("Chatten lagres i 1 måned")
        .contains("Du:\nhvor er pakken min");
    HttpResponse<byte[]> pdf =
        http.getBytes(path + "/transcript?lang=en", token, "application/pdf");
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    JsonObject json = Http.json(http.get(path + "/transcript", token, "application/json"));
    assertThat(json.getString("legalBasis")).isEqualTo("GDPR Art. 6(1)(b)");
    assertThat(json.getJsonArray("messages")).hasSize(3);
    assertProblem(http.get(path + "/transcript", token, "image/png"), 406);
    assertProblem(http.get(path + "/transcript", "x".repeat(43), "text/plain"), 404);

    assertThat(http.put(path + "/language", "{\"language\":\"en\"}", token).statusCode())
        .isEqualTo(204);
    assertThat(http.post(path + "/end", "", token).statusCode()).isEqualTo(204);
    HttpResponse<String> afterEnd = http.post(path + "/messages", "{\"text\":\"hei\"}", token);
    assertProblem(afterEnd, 409);
    assertThat(Http.json(afterEnd).getString("type"))
        .isEqualTo("https://postbot.io/problems/conversation-ended");
    assertThat(Http.json(afterEnd).getString("detail"))
        .doesNotContain("the conversation has ended");
    assertProblem(http.delete(path, "x".repeat(43)), 404);
    assertThat(http.delete(path, token).statusCode()).isEqualTo(204);
    assertProblem(http.get(path + "/messages", token), 404);
    assertProblem(http.delete(path, token), 404);
  }

  @Test
  @DisplayName("the channel authenticates by its first frame and resumes after the given message")
  void channel() throws Exception {
    Http http = new Http(base);
    JsonObject started =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String id = started.getString("id");
    String token = started.getString("token");
    http.post(
        "api/v1/conversations/" + id + "/messages", "{\"text\":\"where is my parcel\"}", token);

    try (Frames frames = new Frames(base, id)) {
      frames.send("{\"type\":\"auth\",\"token\":\"" + token + "\",\"after\":1}");
      assertThat(frames.next().getJsonObject("message").getInt("id")).isEqualTo(2);
      assertThat(frames.next().getJsonObject("message").getInt("id")).isEqualTo(3);
      assertThat(frames.next().getString("type")).isEqualTo("ready");

      http.post("api/v1/conversations/" + id + "/messages", "{\"text\":\"thanks\"}", token);
      JsonObject pushed = frames.next();
      assertThat(pushed.getString("type")).isEqualTo("message");
      assertThat(pushed.getJsonObject("message").getInt("id")).isEqualTo(4);
      assertThat(pushed.getJsonObject("message").getString("text")).isEqualTo("thanks");
      assertThat(frames.next().getJsonObject("message").getInt("id")).isEqualTo(5);

      http.delete("api/v1/conversations/" + id, token);
      assertThat(frames.next().getString("type")).isEqualTo("erased");
    }
    try (Frames stranger = new Frames(base, id)) {
      stranger.send("{\"type\":\"auth\",\"token\":\"" + token + "\",\"after\":0}");
      assertThat(stranger.closeCode()).isEqualTo(4404);
    }
  }

  @Test
  @DisplayName("too many messages in a minute get 429 with Retry-After")
  void rateLimit() {
    Http http = new Http(base);
    JsonObject started =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String path = "api/v1/conversations/" + started.getString("id") + "/messages";
    String token = started.getString("token");

    HttpResponse<String> last = null;
    for (int i = 0; i < 25 && (last == null || last.statusCode() == 200); i++) {
      last = http.post(path, "{\"text\":\"hello " + i + "\"}", token);
    }

    assertProblem(last, 429);
    assertThat(last.headers().firstValue("Retry-After"))
        .hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isPositive());
  }

  @Test
  @DisplayName("the operator's endpoints answer: ready, metrics, OpenAPI and the API page")
  void operations() {
    Http http = new Http(base);
    String root = base.toString().replaceFirst("(https?://[^/]+/).*", "$1");
    Http server = new Http(toUrl(root));

    HttpResponse<String> ready = server.get("health/ready", null);
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"").contains("UP");
    assertThat(server.get("metrics", null).statusCode()).isEqualTo(200);
    assertThat(server.get("openapi", null).body()).contains("/api/v1/conversations");
    assertThat(http.get("api-docs/", null).body()).contains("swagger-ui");
    assertThat(http.get("", null).body()).contains("How can we help you?");
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonObject problem = Http.json(response);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("detail")).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static URL toUrl(String url) {
    try {
      return java.net.URI.create(url).toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
