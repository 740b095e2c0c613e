package io.postbot.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.web.testing.Axe;
import io.postbot.web.testing.Browser;
import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The random review that improves the bot, end to end in a browser: an admin finds a question the
 * bot got wrong among the drawn samples (every question is sampled in the ITs), corrects it, trains
 * a new model version, which activates, and the bot then answers that phrasing; one click rolls
 * back. The audit log records each step.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("An admin's review correction teaches the bot a phrasing it did not understand")
class ReviewCorrectionTeachesTheBotIT {

  /** Training a version embeds and learns every content example: minutes on a busy machine. */
  private static final Duration TRAINING = Duration.ofMinutes(10);

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  /** Words no content teaches, which the admin says mean "where is my parcel". */
  private static final String PHRASING = "zorblat flumpet quinx wobbledy";

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  @DisplayName("review, correct, train, activate, answered; roll back; audited")
  void correctionIsLearnt() {
    // given the bot's answer to the usual question, and its answer to the odd phrasing
    String usual = botSays("where is my parcel");
    assertThat(botSays(PHRASING)).as("the bot does not understand it yet").isNotEqualTo(usual);
    // and a question full of personal data (every question is sampled in the ITs)
    botSays("I am Kari Nordmann, kari.nordmann@example.no, 912 34 567, where is CT797294851NO?");

    try (Browser browser = new Browser()) {
      ChromeDriver admin = browser.driver();
      signIn(admin);

      // when the admin draws questions and marks the phrasing wrong: it is about tracking
      admin.get(base + "console/admin/review.xhtml");
      admin.findElement(By.id("draw:size")).clear();
      admin.findElement(By.id("draw:size")).sendKeys("100");
      // a draw is random: other tests' questions may crowd ours out, so draw again until both show
      waitUntil(
          admin,
          PATIENCE,
          () -> {
            admin.findElement(By.id("draw:draw-sample")).click();
            return row(admin) != null
                && admin.findElement(By.id("sample")).getText().contains("[email]");
          });
      assertThat(Axe.violations(admin, "html")).isEmpty();
      WebElement row = row(admin);
      // drawn questions are redacted, never with the samples' ids or a time of day
      assertThat(admin.getPageSource())
          .doesNotContain("Kari")
          .doesNotContain("Nordmann")
          .doesNotContain("kari.nordmann@example.no")
          .doesNotContain("912 34 567")
          .doesNotContain("CT797294851NO")
          .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      new Select(row.findElement(By.cssSelector("select"))).selectByValue("track_parcel");
      row.findElement(By.cssSelector("input[id$=':wrong']")).click();
      waitUntil(admin, PATIENCE, () -> !admin.findElement(By.id("messages")).getText().isBlank());
      assertThat(admin.findElement(By.id("messages")).getText()).contains("Corrected");

      // and trains a new model version from it
      admin.get(base + "console/admin/models.xhtml");
      int before = admin.findElements(By.cssSelector("#versions tbody tr")).size();
      admin.findElement(By.id("actions:train")).click();
      waitUntil(
          admin,
          TRAINING,
          () -> {
            var rows = admin.findElements(By.cssSelector("#versions tbody tr"));
            if (rows.size() < before + 1) {
              return false;
            }
            String state = rows.getFirst().findElement(By.cssSelector(".state")).getText();
            assertThat(state)
                .as(rows.getFirst().getText())
                .isNotIn("rejected (worse than the active one)", "failed");
            return state.equals("active");
          });
      assertThat(Axe.violations(admin, "html")).isEmpty();

      // then the bot answers the phrasing as it answers the usual question
      waitUntil(admin, PATIENCE, () -> botSays(PHRASING).equals(usual));

      // one click rolls back to the version before, which did not know the phrasing
      admin.findElement(By.id("actions:rollback")).click();
      waitUntil(
          admin,
          PATIENCE,
          () ->
              admin
                  .findElements(By.cssSelector("#versions tbody tr"))
                  .getFirst()
                  .findElement(By.cssSelector(".state"))
                  .getText()
                  .equals("rolled back"));
      waitUntil(admin, PATIENCE, () -> !botSays(PHRASING).equals(usual));

      // and the audit log says who corrected and trained
      admin.get(base + "console/admin/audit.xhtml");
      assertThat(admin.findElement(By.id("entries")).getText())
          .contains("corrected a question")
          .contains("started training a model version")
          .contains("rolled back the model")
          .contains("it-admin");
    }
  }

  /** The review row holding the phrasing, once drawn; null otherwise. */
  private static WebElement row(WebDriver page) {
    return page.findElements(By.cssSelector("#sample\\:items tbody tr")).stream()
        .filter(r -> r.getText().contains(PHRASING))
        .findFirst()
        .orElse(null);
  }

  /** What the bot replies to the sentence in a new conversation, its messages' texts joined. */
  private String botSays(String sentence) {
    Http http = new Http(base);
    JsonObject started =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String id = started.getString("id");
    JsonObject reply =
        Http.json(
            http.post(
                "api/v1/conversations/" + id + "/messages",
                jakarta.json.Json.createObjectBuilder().add("text", sentence).build().toString(),
                started.getString("token")));
    return reply.getJsonArray("messages").stream()
        .map(JsonValue::asJsonObject)
        .map(m -> m.getString("text"))
        .collect(Collectors.joining("\n"));
  }

  private void signIn(ChromeDriver page) {
    page.get(base + "console/login.xhtml");
    page.findElement(By.id("username")).sendKeys("it-admin");
    page.findElement(By.id("password")).sendKeys("it-admin-secret-1");
    page.findElement(By.id("submit")).click();
    waitUntil(page, PATIENCE, () -> page.getCurrentUrl().contains("console/index.xhtml"));
  }

  private static void waitUntil(WebDriver page, Duration patience, BooleanSupplier condition) {
    new WebDriverWait(page, patience, Duration.ofSeconds(2))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(d -> condition.getAsBoolean());
  }
}
