package io.postbot.web.attack;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.web.testing.ConsoleClient;
import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * sqlmap (the Debian package) against the customer's messages, the handoff and the data-subject
 * search, with JSON bodies and the real credentials (a conversation's token, an administrator's
 * session): level 1, risk 1, every technique, bounded in time. The server runs with rate limits and
 * conversation length raised (the attack-it execution), so sqlmap sees the application's answers
 * and not 429s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("sqlmap finds no injectable parameter in messages, handoff or data-subject requests")
class SqlmapFindsNoInjectionIT {

  private static final String SQLMAP = System.getProperty("postbot.sqlmap", "/usr/bin/sqlmap");
  private static final Path OUT = Path.of("target", "sqlmap");

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  @DisplayName("a customer's message text and quick reply")
  void messages() throws Exception {
    JsonObject started =
        Http.json(new Http(base).post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String url = base + "api/v1/conversations/" + started.getString("id") + "/messages";
    String bearer = "Authorization: Bearer " + started.getString("token");
    attack("messages", url, "{\"text\":\"where is my parcel*\"}", bearer);
    attack("quick-reply", url, "{\"intent\":\"track_parcel*\",\"label\":\"Track\"}", bearer);
  }

  @Test
  @DisplayName("the handoff's contact details and offline message")
  void handoff() throws Exception {
    JsonObject started =
        Http.json(new Http(base).post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String url = base + "api/v1/conversations/" + started.getString("id") + "/handoff/offline";
    attack(
        "handoff",
        url,
        "{\"name\":\"Kari*\",\"email\":\"kari@example.no*\",\"phone\":\"91234567*\","
            + "\"message\":\"broken parcel*\"}",
        "Authorization: Bearer " + started.getString("token"));
  }

  @Test
  @DisplayName("the data-subject search by e-mail, phone and tracking number")
  void dataSubject() throws Exception {
    ConsoleClient admin = new ConsoleClient(base);
    assertThat(admin.login("it-admin", "it-admin-secret-1")).isTrue();
    String cookie = "Cookie: postbot-console=" + admin.sessionCookie();
    String url = base + "api/v1/admin/data-subject/search";
    attack("subject-email", url, "{\"email\":\"kari@example.no*\"}", cookie);
    // an e-mail address has no spaces: without them the payloads pass validation and reach the
    // query
    attack(
        "subject-email-no-spaces",
        url,
        "{\"email\":\"kari@example.no*\"}",
        cookie,
        "--tamper=space2comment");
    attack("subject-phone", url, "{\"phone\":\"91234567*\"}", cookie);
    attack("subject-tracking", url, "{\"tracking\":\"AB123456789NO*\"}", cookie);
  }

  /** Runs sqlmap on one request; fails if it finds an injection or does not finish. */
  private static void attack(String name, String url, String json, String header, String... more)
      throws IOException, InterruptedException {
    Path dir = Files.createDirectories(OUT.resolve(name));
    List<String> command =
        new ArrayList<>(
            List.of(
                SQLMAP,
                "-u",
                url,
                "--data",
                json,
                "--method",
                "POST",
                "-H",
                "Content-Type: application/json",
                "-H",
                header,
                "--batch",
                "--level=1",
                "--risk=1",
                "--technique=BEUSTQ",
                // the bot's answer changes with the text, which can pass for a working ORDER BY;
                // sqlmap then stretches its UNION search to hundreds of columns (past 5 minutes)
                "--union-cols=1-10",
                "--time-sec=2",
                "--timeout=10",
                "--retries=0",
                "--threads=2",
                "--flush-session",
                "--disable-coloring",
                "--output-dir=" + dir.toAbsolutePath()));
    command.addAll(List.of(more));
    Process sqlmap =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("sqlmap.txt").toFile())
            .start();
    boolean done = sqlmap.waitFor(5, TimeUnit.MINUTES);
    if (!done) {
      sqlmap.destroyForcibly();
    }
    String output = Files.readString(dir.resolve("sqlmap.txt"), StandardCharsets.UTF_8);
    assertThat(done).as(name + ": sqlmap finished\n" + output).isTrue();
    assertThat(output)
        .as(name)
        .doesNotContain("identified the following injection point")
        .doesNotContain("is vulnerable")
        .contains("testing for SQL injection on")
        .containsIgnoringCase("do not appear to be injectable");
  }
}
