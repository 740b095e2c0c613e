package io.postbot.web.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.postbot.web.testing.Axe;
import io.postbot.web.testing.Browser;
import io.postbot.web.testing.ConsoleClient;
import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The statistics dashboard against the deployed application, with data made through the real widget
 * API and console: charts and tables in a browser, CSV export, and figures that stay the same after
 * the chats they came from are erased.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("Supervisors and admins see the service's statistics, which outlive the chats")
class SupervisorsSeeTheStatisticsIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(
              new ServerSetup(
                  Integer.getInteger("postbot.it.smtpPort", 42525), "127.0.0.1", "smtp"))
          .withPerMethodLifecycle(false);

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  @DisplayName(
      "seeded chats show as charts and tables, export as CSV, survive erasure; no violation")
  void dashboard() throws Exception {
    // other tests of the run may have left figures: this one counts what it adds
    int conversations0;
    int handed0;
    int answers0;
    try (Browser browser = new Browser()) {
      ChromeDriver admin = browser.driver();
      signIn(admin);
      admin.get(base + "console/supervisor/statistics.xhtml");
      conversations0 = figure(admin, "conversations");
      handed0 = figure(admin, "handed");
      answers0 = figure(admin, "answers");
    }
    Http http = new Http(base);
    ConsoleClient agent = new ConsoleClient(base);
    assertThat(agent.login("it-admin", "it-admin-secret-1")).isTrue();
    agent.open("console/index.xhtml");

    // given a customer whose questions the bot partly could not answer, who then deletes the chat
    JsonObject a = Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String aId = a.getString("id");
    for (String q :
        List.of(
            "where is my parcel",
            "what is the meaning of life",
            "tell me the meaning of life",
            "I am Kari Nordmann, kari@example.no, 912 34 567, is CT797294851NO coming?")) {
      http.post("api/v1/conversations/" + aId + "/messages", Json.text(q), a.getString("token"));
    }
    // and a Norwegian customer handed to a person, who rates the chat 4
    JsonObject b = Http.json(http.post("api/v1/conversations", "{\"language\":\"nb\"}", null));
    String bId = b.getString("id");
    String bToken = b.getString("token");
    String handoff = "api/v1/conversations/" + bId + "/handoff";
    assertThat(
            http.post(
                    handoff,
                    "{\"name\":\"Ola Hansen\",\"email\":\"ola@example.no\",\"phone\":\"91234567\"}",
                    bToken)
                .statusCode())
        .isEqualTo(202);
    assertThat(agent.post("api/agent/v1/chats/" + bId + "/take").statusCode()).isEqualTo(204);
    agent.open("console/chat.xhtml?c=" + bId);
    agent.submit("close", Map.of("category_input", "ADVICE", "close-chat", "submit"));
    assertThat(mail.waitForIncomingEmail(30_000, 1)).isTrue();
    String survey = Http.json(http.get(handoff, bToken)).getString("surveyToken");
    assertThat(
            http.post("api/v1/surveys/answers", "{\"token\":\"" + survey + "\",\"score\":4}", null)
                .statusCode())
        .isEqualTo(204);

    try (Browser browser = new Browser()) {
      ChromeDriver admin = browser.driver();
      signIn(admin);

      // the dashboard shows them (recorded after each commit, so it may take a reload or two)
      waitUntil(
          admin,
          () -> {
            admin.get(base + "console/supervisor/statistics.xhtml");
            return figure(admin, "conversations") == conversations0 + 2
                && figure(admin, "handed") == handed0 + 1
                && figure(admin, "answers") == answers0 + 1
                && admin.findElement(By.id("unanswered")).getText().contains("meaning of life");
          });
      assertThat(admin.findElements(By.cssSelector(".chart-box canvas"))).hasSize(4);
      assertThat(admin.findElement(By.id("handoff-rate")).getText()).endsWith("%");
      assertThat(admin.findElements(By.cssSelector("#queue-wait td")).getFirst().getText())
          .isNotEqualTo("0");
      String unanswered = admin.findElement(By.id("unanswered")).getText();
      assertThat(unanswered)
          .doesNotContain("Kari")
          .doesNotContain("kari@example.no")
          .doesNotContain("912 34 567")
          .doesNotContain("CT797294851NO");
      assertThat(Axe.violations(admin, "html")).isEmpty();
      String before = summary(admin);

      // the figures export as CSV
      admin.findElement(By.id("export:csv")).click();
      waitUntil(admin, () -> !browser.downloaded().isEmpty());
      Path csv = browser.downloaded().getFirst();
      assertThat(Files.readString(csv))
          .startsWith("figure,key,value")
          .contains("conversations_total,," + (conversations0 + 2))
          .contains("satisfaction_answers,," + (answers0 + 1))
          .contains("top_unanswered,");

      // one language at a time
      new org.openqa.selenium.support.ui.Select(admin.findElement(By.id("range:language")))
          .selectByValue("nb");
      admin.findElement(By.id("range:show")).click();
      waitUntil(admin, () -> figure(admin, "conversations") < conversations0 + 2);
      assertThat(figure(admin, "conversations")).isPositive();
      assertThat(figure(admin, "handed")).isPositive();

      // when both chats are erased: the customer deletes hers, the admin erases his on request
      assertThat(http.delete("api/v1/conversations/" + aId, a.getString("token")).statusCode())
          .isEqualTo(204);
      admin.get(base + "console/admin/privacy.xhtml");
      admin.executeScript("document.getElementById('subject:kind_input').value = 'CONVERSATION';");
      admin.findElement(By.id("subject:value")).sendKeys(bId);
      admin.findElement(By.id("subject:find")).click();
      waitUntil(admin, () -> !admin.findElements(By.id("subject:reason")).isEmpty());
      admin.findElement(By.id("subject:reason")).sendKeys("customer asked");
      admin.findElement(By.id("subject:erase")).click();
      waitUntil(
          admin,
          () -> {
            admin
                .findElement(By.cssSelector(".ui-confirm-dialog button.ui-confirmdialog-yes"))
                .click();
            return true;
          });
      waitUntil(admin, () -> admin.findElement(By.id("messages")).getText().contains("erased"));

      // then the statistics are unchanged
      admin.get(base + "console/supervisor/statistics.xhtml");
      assertThat(summary(admin)).isEqualTo(before);
    }
  }

  /** The dashboard's headline figures, as shown. */
  private static String summary(WebDriver page) {
    return page.findElement(By.cssSelector("section.figures")).getText()
        + page.findElement(By.id("queue-wait")).getText()
        + page.findElement(By.id("unanswered")).getText();
  }

  private static int figure(WebDriver page, String id) {
    return Integer.parseInt(page.findElement(By.id(id)).getAttribute("textContent").strip());
  }

  private void signIn(ChromeDriver page) {
    page.get(base + "console/login.xhtml");
    page.findElement(By.id("username")).sendKeys("it-admin");
    page.findElement(By.id("password")).sendKeys("it-admin-secret-1");
    page.findElement(By.id("submit")).click();
    waitUntil(page, () -> page.getCurrentUrl().contains("console/index.xhtml"));
  }

  private static void waitUntil(WebDriver page, BooleanSupplier condition) {
    new WebDriverWait(page, PATIENCE)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
        .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
        .until(d -> condition.getAsBoolean());
  }

  /** JSON bodies of the widget API. */
  private static final class Json {
    static String text(String text) {
      return jakarta.json.Json.createObjectBuilder().add("text", text).build().toString();
    }
  }
}
