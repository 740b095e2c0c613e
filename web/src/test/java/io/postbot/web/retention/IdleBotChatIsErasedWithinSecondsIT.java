package io.postbot.web.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.web.testing.DatabaseTraces;
import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Against the deployed application with postbot.retention.bot-conversation=PT5S and
 * postbot.retention.purge-interval=PT1S (failsafe execution retention-it): an idle bot chat is
 * erased by the running purge within seconds, leaving no trace in any table, and the purge is
 * audited, measured and health-checked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("A running server erases an idle bot chat within seconds, leaving no trace")
class IdleBotChatIsErasedWithinSecondsIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  @DisplayName("an idle bot chat goes after its 5 s, from every table, and the audit counts it")
  void idleChatIsPurged() throws InterruptedException {
    Http http = new Http(base);
    DatabaseTraces database = DatabaseTraces.ofTheDeployedApp();
    String trackingNumber = uniqueTrackingNumber();

    // given a bot chat where the customer wrote a tracking number (after a warm-up chat, so the
    // first request's start-up cost does not eat into the 5 s the chat may stay idle)
    http.post("api/v1/conversations", "{\"language\":\"en\"}", null);
    JsonObject started =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String id = started.getString("id");
    String token = started.getString("token");
    HttpResponse<String> sent =
        http.post(
            "api/v1/conversations/" + id + "/messages",
            "{\"text\":\"where is my parcel " + trackingNumber + "\"}",
            token);
    assertThat(sent.statusCode()).as("the customer's message was stored").isEqualTo(200);

    // when it stays idle longer than its retention and the purge runs
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    int status = 200;
    while (status != 404 && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      status = http.get("api/v1/conversations/" + id + "/messages", token).statusCode();
    }

    // then the customer's chat is gone, and nothing of the tracking number is left anywhere
    assertThat(status).isEqualTo(404);
    assertThat(database.find(trackingNumber)).isEmpty();
    assertThat(database.find(id)).isEmpty();
    // while the statistics keep the question, redacted (every question is sampled in this IT),
    // which also proves the search sees every table
    assertThat(database.find("where is my parcel [tracking number]"))
        .contains("STATISTICS_REVIEW_SAMPLE.REDACTED_TEXT");
    // and the purge audit recorded erasure of bot conversations, without naming any
    assertThat(
            database.count(
                "select coalesce(sum(erased), 0) from retention_purge_run"
                    + " where kind = 'BOT_CONVERSATION'"))
        .isPositive();
  }

  @Test
  @DisplayName(
      "the purge audit is for administrators only; readiness and metrics report the purge, liveness does not")
  void operations() {
    Http http = new Http(base);
    Http server = new Http(toUrl(base.toString().replaceFirst("(https?://[^/]+/).*", "$1")));

    HttpResponse<String> anonymous = http.get("api/v1/admin/purge-runs", null);
    assertThat(anonymous.statusCode()).isIn(401, 403);

    // The purge is a readiness entry and a metric, never liveness: a database blip must not make
    // an orchestrator restart every node.
    HttpResponse<String> ready = server.get("health/ready", null);
    assertThat(ready.body()).contains("retention-purge");
    assertThat(ready.statusCode()).isEqualTo(200);
    HttpResponse<String> live = server.get("health/live", null);
    assertThat(live.body()).doesNotContain("retention-purge");
    assertThat(live.statusCode()).isEqualTo(200);

    String metrics = server.get("metrics", null).body();
    assertThat(metrics)
        .contains("postbot_retention_purged")
        .contains("postbot_retention_oldest_overdue")
        .contains("postbot_retention_purge_behind");
  }

  /** A UPU S10 number with random digits, unique to this run. */
  private static String uniqueTrackingNumber() {
    long digits = ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    return "CT" + digits + "NO";
  }

  private static URL toUrl(String url) {
    try {
      return URI.create(url).toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
