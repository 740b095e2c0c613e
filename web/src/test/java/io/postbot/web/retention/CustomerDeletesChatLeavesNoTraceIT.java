package io.postbot.web.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.web.testing.DatabaseTraces;
import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
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
 * Against the deployed application: a customer who deletes their chat erases at once every trace of
 * it. The test searches every character column of every table of the database for the chat's
 * tracking number and its id, and finds nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("A customer who deletes a chat leaves no trace of it in any table")
class CustomerDeletesChatLeavesNoTraceIT {

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  @DisplayName("after DELETE the tracking number and the id are nowhere in the database")
  void deleteErasesEverything() {
    Http http = new Http(base);
    DatabaseTraces database = DatabaseTraces.ofTheDeployedApp();
    String trackingNumber =
        "LA" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L) + "SE";

    // given a chat in which the customer wrote a tracking number (after a warm-up request)
    http.post("api/v1/conversations", "{\"language\":\"nb\"}", null);
    JsonObject started =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"nb\"}", null));
    String id = started.getString("id");
    String token = started.getString("token");
    http.post(
        "api/v1/conversations/" + id + "/messages",
        "{\"text\":\"hvor er pakken " + trackingNumber + "\"}",
        token);
    assertThat(database.find(trackingNumber)).as("stored while the chat lives").isNotEmpty();

    // when the customer deletes it
    assertThat(http.delete("api/v1/conversations/" + id, token).statusCode()).isEqualTo(204);

    // then nothing of it is left anywhere, and the chat is gone for its owner too
    assertThat(database.find(trackingNumber)).isEmpty();
    assertThat(database.find(id)).isEmpty();
    assertThat(http.get("api/v1/conversations/" + id + "/messages", token).statusCode())
        .isEqualTo(404);
  }
}
