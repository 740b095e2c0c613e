package io.postbot.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import io.postbot.web.testing.RawHttp;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bounded fuzz run against the deployed application: a fixed seed generates a few thousand
 * requests (every customer endpoint with its own, a foreign or no token; agent and console
 * addresses; malformed, oversized and mistyped JSON, control characters, invalid UTF-8, huge
 * headers, odd methods and content types). Not one may answer 5xx, and the server stays healthy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("Thousands of generated hostile requests get no 5xx")
class FuzzedRequestsNeverFailIT {

  static final long SEED = 20261202L;
  static final int REQUESTS = 2500;

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  @DisplayName("a fixed-seed run of generated requests: 0 answers of 5xx")
  void fuzz() {
    Http http = new Http(base);
    JsonObject own = Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String id = own.getString("id");
    String token = own.getString("token");
    Random random = new Random(SEED);
    RawHttp raw = new RawHttp(base);
    TreeMap<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      String method = pick(random, "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");
      String path = path(random, id);
      String type =
          pick(
              random,
              "application/json",
              "application/json; charset=utf-8",
              "application/x-www-form-urlencoded",
              "text/plain",
              "application/xml",
              "multipart/form-data; boundary=x");
      byte[] body = body(random);
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
      head.append("Connection: close\r\nContent-Type: ").append(type).append("\r\n");
      int auth = random.nextInt(4);
      if (auth == 0) {
        head.append("Authorization: Bearer ").append(token).append("\r\n");
      } else if (auth == 1) {
        head.append("Authorization: Bearer ").append(junk(random, 43)).append("\r\n");
      } else if (auth == 2) {
        head.append("Authorization: ").append(junk(random, 10)).append("\r\n");
      }
      if (random.nextInt(20) == 0) {
        head.append("X-Huge: ").append("a".repeat(16_000 + random.nextInt(100_000))).append("\r\n");
      }
      if (random.nextInt(10) == 0) {
        head.append("Accept: ")
            .append(pick(random, "application/pdf", "text/plain", "*/*", "x/y"))
            .append("\r\n");
      }
      if (!method.equals("GET") && !method.equals("HEAD")) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      } else {
        body = new byte[0];
      }
      int status;
      try {
        status = raw.send(head.toString(), body).status();
      } catch (IllegalStateException e) {
        // the server closed a connection it refused to read (huge headers): not an error answer
        status = -1;
      }
      statuses.merge(status, 1, Integer::sum);
      if (status >= 500) {
        failures.add(status + " " + method + " " + path + " " + type);
      }
    }
    System.out.println("fuzz statuses: " + statuses);
    assertThat(failures).isEmpty();
    // the server stays healthy (the API itself may still be rate-limiting this address)
    assertThat(http.get("health", null).statusCode()).isEqualTo(200);
    assertThat(http.get("console/login.xhtml", null).statusCode()).isEqualTo(200);
  }

  private static String path(Random random, String id) {
    String someId =
        pick(
            random,
            id,
            "00000000-0000-0000-0000-000000000000",
            "..%2f..%2fetc",
            "%00",
            "x".repeat(300));
    return pick(
        random,
        "/api/v1/conversations",
        "/api/v1/conversations/" + someId + "/messages",
        "/api/v1/conversations/" + someId,
        "/api/v1/conversations/" + someId + "/end",
        "/api/v1/conversations/" + someId + "/language",
        "/api/v1/conversations/" + someId + "/transcript",
        "/api/v1/conversations/" + someId + "/handoff",
        "/api/v1/conversations/" + someId + "/handoff/offline",
        "/api/v1/conversations/" + someId + "/handoff/typing",
        "/api/v1/surveys/answers",
        "/api/v1/admin/data-subject?email=" + someId,
        "/api/v1/admin/purge-runs",
        "/api/agent/v1/queue",
        "/api/agent/v1/chats/" + someId + "/take",
        "/api/simulator/tracking/tracking.json?id=" + someId,
        "/console/login.xhtml",
        "/console/chat.xhtml?c=" + someId,
        "/survey/",
        "/openapi",
        "/health",
        "/widget/postbot.js",
        "/%ff%fe",
        "/no/such/" + someId);
  }

  private static byte[] body(Random random) {
    String text = junk(random, random.nextInt(300));
    String json =
        pick(
            random,
            "{\"text\":\"" + text + "\"}",
            "{\"text\":" + random.nextLong() + "}",
            "{\"intent\":\"" + text + "\",\"label\":\"" + text + "\"}",
            "{\"language\":\"" + text + "\"}",
            "{\"name\":\"" + text + "\",\"email\":\"" + text + "@x\",\"phone\":\"" + text + "\"}",
            "{\"name\":\"Kari\",\"email\":\"k@example.no\",\"phone\":\"91234567\",\"message\":\""
                + text
                + "\"}",
            "{\"score\":" + (random.nextInt(20) - 5) + ",\"comment\":\"" + text + "\"}",
            "[".repeat(random.nextInt(2000)),
            "{\"text\":\"" + "\\u0000".repeat(random.nextInt(50)) + "\"}",
            "{\"text\":null}",
            "null",
            "",
            text);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(json.getBytes(StandardCharsets.UTF_8));
    if (random.nextInt(8) == 0) {
      // invalid UTF-8: lone continuation bytes, an overlong NUL, a truncated sequence
      bytes.writeBytes(
          new byte[] {(byte) 0x80, (byte) 0xC0, (byte) 0x80, (byte) 0xE2, (byte) 0x82});
    }
    if (random.nextInt(30) == 0) {
      bytes.writeBytes(new byte[20_000]);
    }
    return bytes.toByteArray();
  }

  /** Printable junk with quotes, backslashes, controls, markup and non-ASCII letters. */
  private static String junk(Random random, int length) {
    String alphabet = "abcXYZ019 \"\\<>&'/%{}[]:,æøåÅ😀\t\u0001\u007f\u202e";
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... options) {
    return options[random.nextInt(options.length)];
  }
}
