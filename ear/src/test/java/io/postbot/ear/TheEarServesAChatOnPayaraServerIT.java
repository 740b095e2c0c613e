package io.postbot.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The EAR deploys on a full Payara Server with asadmin and serves a chat")
class TheEarServesAChatOnPayaraServerIT {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  @DisplayName("asadmin deploy, then a customer starts a conversation and the bot answers")
  void deployAndChat() throws Exception {
    Path home = Path.of(System.getProperty("payara.home"));
    Path ear = Path.of(System.getProperty("postbot.ear"));
    Path work = Files.createDirectories(Path.of("target/payara-it"));
    Path database = work.toAbsolutePath().resolve("h2/postbot");

    try (PayaraServerDomain domain =
        new PayaraServerDomain(home, work.toAbsolutePath().resolve("domains"))) {
      // given a fresh domain on loopback, configured like an operator would, and the EAR deployed
      domain.create(
          List.of(
              "--enable-native-access=ALL-UNNAMED",
              "-Dpostbot.db.url=jdbc:h2:file:" + database,
              "-Dpostbot.nlu.embedding-cache="
                  + work.toAbsolutePath().resolve("nlu-embeddings.bin")));
      domain.start();
      domain.deploy(ear);
      String base = "http://127.0.0.1:" + PayaraServerDomain.HTTP_PORT + "/";

      // when a customer starts a conversation and asks
      HttpResponse<String> started =
          post(base + "api/v1/conversations", "{\"language\":\"nb\"}", null);
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      String id = field(started.body(), "id");
      String token = field(started.body(), "token");
      HttpResponse<String> reply =
          post(
              base + "api/v1/conversations/" + id + "/messages",
              "{\"text\":\"hvor er pakken min\"}",
              token);

      // then the bot answers from the same modules as on Payara Micro
      assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
      assertThat(reply.body()).contains("\"author\":\"bot\"");
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "health/ready")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).contains("UP");
    }
  }

  private HttpResponse<String> post(String url, String json, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String field(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    assertThat(matcher.find()).as(name + " in " + json).isTrue();
    return matcher.group(1);
  }
}
