package io.postbot.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import io.postbot.web.testing.RawHttp;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A body larger than the endpoint accepts is refused with 413 problem details before anything reads
 * it: the server answers while the client has sent only the headers and a few bytes of a 64 MB
 * body, and stays healthy. The default limits: 16 KiB, 64 KiB for console forms.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("Oversized request bodies are refused with 413 before anything reads them")
class OversizedBodiesAreRefusedIT {

  static final long SIXTY_FOUR_MB = 64L * 1024 * 1024;
  static final List<String> ENDPOINTS =
      List.of(
          "/api/v1/conversations",
          "/api/v1/conversations/c0ffee/messages",
          "/api/v1/conversations/c0ffee/handoff",
          "/api/v1/conversations/c0ffee/handoff/typing",
          "/api/v1/surveys/answers",
          "/api/v1/admin/data-subject",
          "/api/agent/v1/chats/c0ffee/take",
          "/console/login.xhtml",
          "/console/index.xhtml",
          "/index.html",
          "/no/such/page");

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  @DisplayName("a 64 MB body gets 413 problem details at once, on every endpoint, token or not")
  void sixtyFourMegabytes() {
    RawHttp raw = new RawHttp(base);
    for (String path : ENDPOINTS) {
      // given only the headers and the first 4 KiB of a 64 MB body are sent
      RawHttp.Answer answer =
          raw.send(
              "POST "
                  + path
                  + " HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                  + SIXTY_FOUR_MB,
              new byte[4096]);
      // then the server answers already
      assertThat(answer.status()).as(path).isEqualTo(413);
      assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
      assertThat(answer.body()).as(path).contains("\"status\":413").contains("body-too-large");
    }
    // and stays healthy
    assertThat(new Http(base).get("health", null).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("a console form announcing 64 MB is refused before the sign-in machinery parses it")
  void form() {
    RawHttp.Answer answer =
        new RawHttp(base)
            .send(
                "POST /console/index.xhtml HTTP/1.1\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                    + SIXTY_FOUR_MB,
                "a=".getBytes(StandardCharsets.US_ASCII));
    assertThat(answer.status()).isEqualTo(413);
  }

  @Test
  @DisplayName("a chunked body without length is counted and refused once it passes the limit")
  void chunked() {
    String chunk = Integer.toHexString(20_000) + "\r\n" + "x".repeat(20_000) + "\r\n";
    RawHttp.Answer answer =
        new RawHttp(base)
            .send(
                "POST /api/v1/conversations HTTP/1.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked",
                chunk.getBytes(StandardCharsets.US_ASCII));
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.body()).contains("body-too-large");
  }

  @Test
  @DisplayName("a body just under the limit is read as usual")
  void underTheLimit() {
    String text = "x".repeat(15_000);
    var response =
        new Http(base)
            .post("api/v1/conversations", "{\"language\":\"en\",\"pad\":\"" + text + "\"}", null);
    assertThat(response.statusCode()).isNotEqualTo(413).isLessThan(500);
  }
}
