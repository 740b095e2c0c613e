package io.postbot.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

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

    // then the bot answers, and the whole conversation reads back in order
    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(Http.json(reply).getJsonArray("messages").getJsonObject(0).getString("author"))
        .isEqualTo("bot");
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
    assertProblem(http.post("api/v1/conversations", "{\"language\":\"de\"}", null), 400);
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
