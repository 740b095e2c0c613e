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
