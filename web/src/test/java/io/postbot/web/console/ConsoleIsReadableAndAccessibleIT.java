package io.postbot.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.web.testing.Axe;
import io.postbot.web.testing.Browser;
import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every console page in a real browser, in English and in Norwegian bokmål: axe-core finds no WCAG
 * 2.1 A or AA violation, times read in the carrier's time zone, states and intents by their names,
 * and the language the user chose follows them to their next sign-in on another browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("The console is readable and accessible, in the user's language")
class ConsoleIsReadableAndAccessibleIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  static final List<String> PAGES =
      List.of(
          "console/index.xhtml",
          "console/supervisor/index.xhtml",
          "console/supervisor/statistics.xhtml",
          "console/admin/index.xhtml",
          "console/admin/privacy.xhtml",
          "console/admin/content.xhtml",
          "console/admin/review.xhtml",
          "console/admin/models.xhtml",
          "console/admin/audit.xhtml");

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  @DisplayName(
      "every page passes axe in both languages; Norwegian is remembered across sign-ins and"
          + " browsers; times, states and intents read as words")
  void everyPageInBothLanguages() {
    try (Browser first = new Browser()) {
      ChromeDriver admin = first.driver();

      // the login page, in the browser's English, is accessible
      admin.get(base + "console/login.xhtml");
      assertThat(admin.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
      assertThat(Axe.violations(admin, "html")).isEmpty();
      signIn(admin);

      // given a customer who asked the bot for a person, taken by the admin
      String chat = customerWithAnAgent(admin);

      // every page in English has no WCAG 2.1 A/AA violation
      for (String page : pagesWith(chat)) {
        admin.get(base + page);
        waitUntil(admin, () -> admin.getPageSource().contains("Log out"));
        assertThat(Axe.violations(admin, "html")).as(page).isEmpty();
      }
      admin.get(base + "console/chat.xhtml?c=" + chat);
      assertThat(text(admin, "#chat-state")).isEqualTo("in progress");
      assertThat(admin.findElement(By.cssSelector(".contact")).getText())
          .contains("Talk to a person")
          .doesNotContain("talk_to_human");
      assertThat(text(admin, ".msg .at")).matches("\\d{1,2} \\w{3,4} \\d{4}, \\d{2}:\\d{2}");

      // when the admin chooses Norwegian
      admin.findElement(By.id("language:nb")).click();
      waitUntil(
          admin, () -> "nb".equals(admin.findElement(By.tagName("html")).getAttribute("lang")));

      // then every page speaks bokmål and still has no violation
      for (String page : pagesWith(chat)) {
        admin.get(base + page);
        waitUntil(admin, () -> admin.getPageSource().contains("Logg ut"));
        assertThat(admin.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nb");
        assertThat(Axe.violations(admin, "html")).as(page).isEmpty();
      }
      admin.get(base + "console/chat.xhtml?c=" + chat);
      assertThat(text(admin, "#chat-state")).isEqualTo("pågår");
      assertThat(text(admin, ".msg .at"))
          .matches("\\d{1,2}\\. \\p{L}{3,4}\\.? \\d{4},? \\d{2}:\\d{2}");
      admin.get(base + "console/index.xhtml");
      assertThat(admin.getPageSource()).contains("Mine samtaler").doesNotContain("My chats");
    }

    // the choice is the user's: another browser (English) shows the console in bokmål after sign-in
    try (Browser second = new Browser()) {
      ChromeDriver admin = second.driver();
      admin.get(base + "console/login.xhtml");
      assertThat(admin.getPageSource()).contains("Username");
      signIn(admin);
      waitUntil(admin, () -> admin.getPageSource().contains("Kunder som venter"));
      // and after logging out, this browser's login page speaks the user's language too
      admin.findElement(By.id("session:logout")).click();
      waitUntil(admin, () -> admin.getCurrentUrl().contains("login"));
      assertThat(admin.getPageSource()).contains("Brukernavn");
      assertThat(Axe.violations(admin, "html")).isEmpty();
    }
  }

  private List<String> pagesWith(String chat) {
    return java.util.stream.Stream.concat(
            PAGES.stream(), java.util.stream.Stream.of("console/chat.xhtml?c=" + chat))
        .toList();
  }

  private void signIn(ChromeDriver page) {
    page.get(base + "console/login.xhtml");
    page.findElement(By.id("username")).sendKeys("it-admin");
    page.findElement(By.id("password")).sendKeys("it-admin-secret-1");
    page.findElement(By.id("submit")).click();
    waitUntil(page, () -> page.getCurrentUrl().contains("console/index.xhtml"));
  }

  /** A customer asks for a person over the API; the signed-in admin takes them in the console. */
  private String customerWithAnAgent(ChromeDriver admin) {
    Http http = new Http(base);
    JsonObject started =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String id = started.getString("id");
    String token = started.getString("token");
    http.post(
        "api/v1/conversations/" + id + "/messages",
        "{\"text\":\"I want to talk to a person\"}",
        token);
    waitUntil(
        admin,
        () -> {
          admin.get(base + "console/index.xhtml");
          return admin.getPageSource().contains("Log out");
        });
    var joined =
        http.post(
            "api/v1/conversations/" + id + "/handoff",
            "{\"name\":\"Kari Nordmann\",\"email\":\"kari@example.no\",\"phone\":\"91234567\"}",
            token);
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(202);
    waitUntil(
        admin,
        () -> {
          admin.get(base + "console/index.xhtml");
          return !admin.findElements(By.cssSelector(".take")).isEmpty();
        });
    assertThat(admin.findElement(By.id("queue")).getText()).contains("Talk to a person");
    admin.findElement(By.cssSelector(".take")).click();
    waitUntil(admin, () -> admin.getCurrentUrl().contains("chat.xhtml"));
    return id;
  }

  private static String text(WebDriver page, String css) {
    var found = page.findElements(By.cssSelector(css));
    return found.isEmpty() ? "" : found.get(0).getAttribute("textContent").strip();
  }

  private static void waitUntil(WebDriver page, BooleanSupplier condition) {
    new WebDriverWait(page, PATIENCE)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(d -> condition.getAsBoolean());
  }
}
