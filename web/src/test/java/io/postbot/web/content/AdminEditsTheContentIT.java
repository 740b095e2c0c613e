package io.postbot.web.content;

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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Content management in a browser: an admin edits an answer, tries it against the draft, publishes
 * it (the bot answers with it at once), sees what the version changed, and rolls back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("An admin edits an answer, tries it, publishes it and rolls it back")
class AdminEditsTheContentIT {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final String NEW_ANSWER = "You are most welcome! Anything else about your post?";

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  @DisplayName("edit, try, publish, changes, roll back; the bot follows; no axe violation")
  void editTryPublishRollBack() {
    String before = botSays("thank you");
    assertThat(before).isNotEqualTo(NEW_ANSWER);

    try (Browser browser = new Browser()) {
      ChromeDriver admin = browser.driver();
      signIn(admin);
      admin.get(base + "console/admin/content.xhtml");
      assertThat(Axe.violations(admin, "html")).isEmpty();

      // the admin opens the intent "thanks" and changes its English answer
      waitUntil(admin, () -> thanksRow(admin) != null);
      WebElement row = thanksRow(admin);
      row.findElement(By.cssSelector("input[id$=':edit']")).click();
      waitUntil(admin, () -> !admin.findElements(By.id("editor:answer-en")).isEmpty());
      WebElement answer = admin.findElement(By.id("editor:answer-en"));
      answer.clear();
      answer.sendKeys(NEW_ANSWER);
      admin.findElement(By.id("editor:save")).click();
      assertThat(messages(admin)).contains("Saved");
      assertThat(admin.findElement(By.id("draft-state")).getText()).contains("not yet published");

      // tries it against the draft: the intent, its confidence and runner-up, the new answer
      admin.findElement(By.id("try:sentence")).sendKeys("thank you");
      admin.findElement(By.id("try:try-it")).click();
      waitUntil(
          admin,
          () -> {
            if (!admin.findElements(By.id("try-learning")).isEmpty()) {
              admin.findElement(By.id("try:try-it")).click();
              return false;
            }
            return !admin.findElements(By.id("try-text")).isEmpty();
          });
      assertThat(admin.findElement(By.id("try-intent")).getText()).startsWith("thanks");
      assertThat(admin.findElement(By.id("try-runner-up")).getText()).isNotBlank();
      assertThat(admin.findElement(By.id("try-text")).getText()).isEqualTo(NEW_ANSWER);
      // while customers still get the published answer
      assertThat(botSays("thank you")).isEqualTo(before);

      // publishes: the bot answers with it at once
      admin.findElement(By.id("publish:note")).sendKeys("warmer thanks");
      admin.findElement(By.id("publish:publish-draft")).click();
      assertThat(messages(admin)).contains("published");
      waitUntil(admin, () -> botSays("thank you").equals(NEW_ANSWER));

      // the history shows what the version changed
      admin
          .findElements(By.cssSelector("#history\\:versions input[id$=':changes']"))
          .getFirst()
          .click();
      waitUntil(admin, () -> !admin.findElements(By.id("version-changes")).isEmpty());
      assertThat(admin.findElement(By.id("version-changes")).getText())
          .contains("thanks")
          .contains("answer (en)")
          .contains(NEW_ANSWER);
      assertThat(Axe.violations(admin, "html")).isEmpty();

      // and rolls back to the version before: the old answer returns
      admin
          .findElements(By.cssSelector("#history\\:versions input[id$=':rollback']"))
          .getFirst()
          .click();
      assertThat(messages(admin)).contains("published again");
      waitUntil(admin, () -> botSays("thank you").equals(before));

      // the audit log has it all
      admin.get(base + "console/admin/audit.xhtml");
      assertThat(admin.findElement(By.id("entries")).getText())
          .contains("saved an intent in the draft")
          .contains("published the content")
          .contains("rolled the content back");
    }
  }

  /** The page's messages once there are any (the page reloads after each action). */
  private static String messages(WebDriver page) {
    waitUntil(page, () -> !page.findElement(By.id("messages")).getText().isBlank());
    return page.findElement(By.id("messages")).getText();
  }

  private static WebElement thanksRow(WebDriver page) {
    return page.findElements(By.cssSelector("#intents\\:list tbody tr")).stream()
        .filter(r -> !r.findElements(By.cssSelector(".intent-id")).isEmpty())
        .filter(r -> r.findElement(By.cssSelector(".intent-id")).getText().equals("thanks"))
        .findFirst()
        .orElse(null);
  }

  private String botSays(String sentence) {
    Http http = new Http(base);
    JsonObject started =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    JsonObject reply =
        Http.json(
            http.post(
                "api/v1/conversations/" + started.getString("id") + "/messages",
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
    waitUntil(page, () -> page.getCurrentUrl().contains("console/index.xhtml"));
  }

  private static void waitUntil(WebDriver page, BooleanSupplier condition) {
    new WebDriverWait(page, PATIENCE, Duration.ofSeconds(1))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(d -> condition.getAsBoolean());
  }
}
