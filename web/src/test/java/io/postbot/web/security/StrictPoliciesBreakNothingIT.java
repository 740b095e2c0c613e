package io.postbot.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.web.testing.Browser;
import io.postbot.web.testing.ConsoleClient;
import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import io.postbot.web.widget.Widget;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser, under the policies the server sends: the widget on the demo page (itself a
 * host page with a strict policy: scripts and styles from files only), the survey page and the
 * console work, and the browser reports no violation of the policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("Under strict Content-Security-Policies the widget and the console still work")
class StrictPoliciesBreakNothingIT {

  /** Runs before any page script and records what the browser's policy check blocked. */
  static final String RECORDER =
      "window.__violations = [];"
          + "document.addEventListener('securitypolicyviolation', function (e) {"
          + " window.__violations.push(e.violatedDirective + ' ' + e.blockedURI); });";

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void start() {
    browser = recordingBrowser();
  }

  /** A browser that records, on every page, what the policies blocked. */
  private static Browser recordingBrowser() {
    Browser recording = new Browser();
    recording
        .driver()
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
    return recording;
  }

  @AfterAll
  static void stop() {
    browser.close();
  }

  @Test
  @DisplayName("the widget opens, asks and answers on a strict-policy host page")
  void widget() {
    ChromeDriver page = browser.driver();
    Widget widget = new Widget(page, base);
    widget.visitAsNewCustomer();
    widget.open();
    widget.say("where is my parcel");
    widget.waitForMessages(3);
    assertThat(widget.messages().get(2)).startsWith("bot:");
    assertThat(violations(page)).isEmpty();
  }

  @Test
  @DisplayName("the survey page loads its scripts")
  void survey() {
    ChromeDriver page = browser.driver();
    page.get(base + "survey/");
    assertThat(violations(page)).isEmpty();
  }

  @Test
  @DisplayName("the console signs in and shows the queue with PrimeFaces in CSP mode")
  void console() {
    ChromeDriver page = browser.driver();
    page.get(base + "console/login.xhtml");
    page.findElement(By.id("username")).sendKeys("it-admin");
    page.findElement(By.id("password")).sendKeys("it-admin-secret-1");
    page.findElement(By.id("submit")).click();
    new WebDriverWait(page, Duration.ofSeconds(60))
        .until(d -> d.getCurrentUrl().contains("/console/index.xhtml"));
    assertThat(page.getPageSource()).contains("Waiting customers");
    assertThat(violations(page)).isEmpty();
  }

  @Test
  @DisplayName("a customer's and an agent's markup shows as text in the console and runs nothing")
  void hostileTextIsText() {
    // given an agent online, a customer who types markup and gives markup as their name, and a
    // note in markup
    ConsoleClient admin = new ConsoleClient(base);
    assertThat(admin.login("it-admin", "it-admin-secret-1")).isTrue();
    String markup = "<img src=x onerror=\"document.title='hacked'\"><b>bold</b>";
    Http http = new Http(base);
    JsonObject started =
        Http.json(http.post("api/v1/conversations", "{\"language\":\"en\"}", null));
    String id = started.getString("id");
    String token = started.getString("token");
    String messages = "api/v1/conversations/" + id + "/messages";
    assertThat(http.post(messages, json("text", markup), token).statusCode()).isEqualTo(200);
    String contact =
        Json.createObjectBuilder()
            .add("name", "Kari <script>document.title='hacked'</script>")
            .add("email", "kari@example.no")
            .add("phone", "91234567")
            .build()
            .toString();
    assertThat(http.post("api/v1/conversations/" + id + "/handoff", contact, token).statusCode())
        .isEqualTo(202);
    assertThat(admin.post("api/agent/v1/chats/" + id + "/take").statusCode()).isEqualTo(204);
    admin.open("console/chat.xhtml?c=" + id);
    admin.submit("notes", Map.of("note", markup, "add-note", "submit"));

    // when the agent opens the chat in the browser
    ChromeDriver page = browser.driver();
    new ConsoleInABrowser(page, base).open("console/chat.xhtml?c=" + id);

    // then the name, the message and the note read as typed, and nothing of them ran
    String text = page.findElement(By.tagName("main")).getText();
    assertThat(text).contains("Kari <script>document.title='hacked'</script>").contains(markup);
    assertThat(page.findElements(By.cssSelector("img[src='x']"))).isEmpty();
    assertThat(page.findElements(By.xpath("//b[text()='bold']"))).isEmpty();
    assertThat(page.getTitle()).doesNotContain("hacked");
    assertThat(violations(page)).isEmpty();
  }

  @Test
  @DisplayName(
      "a canned response and a content answer in markup read as typed in the console and the"
          + " widget and run nothing")
  void hostileContentIsText() {
    // given an administrator who writes markup into a canned response and into a published answer
    String title = "<i>Greeting</i>";
    String canned = "<img src=x onerror=\"document.title='hacked'\">Hi <b>there</b>";
    String answer = "<img src=x onerror=\"document.title='hacked'\"><b>Thanks</b> & welcome";
    ChromeDriver agent = browser.driver();
    ConsoleInABrowser console = new ConsoleInABrowser(agent, base);
    console.addCanned(title, canned);
    assertThat(agent.findElement(By.id("canned")).getText()).contains(title).contains(canned);
    assertThat(agent.findElements(By.cssSelector("#canned img, #canned b, #canned i"))).isEmpty();
    console.publishAnswer("thanks", answer);

    try (Browser customerBrowser = recordingBrowser()) {
      // when a customer thanks the bot, then asks for a person and the agent answers with it
      ChromeDriver customer = customerBrowser.driver();
      Widget widget = new Widget(customer, base);
      widget.visitAsNewCustomer();
      widget.open();
      widget.say("thank you");
      console.waitUntil(
          "the widget to show the answer as typed",
          () -> widget.messages().contains("bot:" + answer));
      joinTheQueue(widget, customer, console);
      ConsoleClient admin = new ConsoleClient(base);
      assertThat(admin.login("it-admin", "it-admin-secret-1")).isTrue();
      String id = widget.conversationId();
      assertThat(admin.post("api/agent/v1/chats/" + id + "/take").statusCode()).isEqualTo(204);
      console.open("console/chat.xhtml?c=" + id);
      console.waitUntil(() -> !agent.findElements(By.cssSelector("#compose .canned")).isEmpty());
      WebElement button = agent.findElement(By.cssSelector("#compose .canned"));
      assertThat(button.getText()).isEqualTo(title);
      button.click();
      console.waitUntil(
          () -> canned.equals(agent.findElement(By.id("compose:text")).getAttribute("value")));
      agent.findElement(By.id("compose:send")).click();

      // then the customer reads both as typed, and nothing of them ran on either side
      console.waitUntil(
          "the widget to show the canned response as typed",
          () -> widget.messages().contains("agent:" + canned));
      assertThat(agent.findElement(By.id("transcript")).getText())
          .contains(canned)
          .contains(answer);
      for (ChromeDriver page : List.of(agent, customer)) {
        assertThat(page.findElements(By.cssSelector("img[src='x']"))).isEmpty();
        assertThat(
                page.findElements(
                    By.xpath("//i[text()='Greeting'] | //b[text()='there' or text()='Thanks']")))
            .isEmpty();
        assertThat(page.getTitle()).doesNotContain("hacked");
        assertThat(violations(page)).isEmpty();
      }
    }
  }

  /** The widget's own way to a person: ask, accept the offer, give contact details. */
  private static void joinTheQueue(Widget widget, ChromeDriver customer, ConsoleInABrowser wait) {
    widget.say("I want to talk to a person");
    wait.waitUntil(() -> hasButton(customer, "Connect me to a person"));
    widget.button("Connect me to a person").click();
    wait.waitUntil(() -> !customer.findElements(By.id("pb-contact-name")).isEmpty());
    customer.findElement(By.id("pb-contact-name")).sendKeys("Kari Nordmann");
    customer.findElement(By.id("pb-contact-email")).sendKeys("kari@example.no");
    customer.findElement(By.id("pb-contact-phone")).sendKeys("91234567");
    widget.button("Join the queue").click();
    wait.waitUntil(() -> !customer.findElements(By.cssSelector(".pb-handoff-queued")).isEmpty());
  }

  private static boolean hasButton(ChromeDriver page, String text) {
    return page.findElements(By.cssSelector("#postbot button")).stream()
        .anyMatch(b -> text.equals(b.getText()) || text.equals(b.getAttribute("aria-label")));
  }

  private static String json(String key, String value) {
    return Json.createObjectBuilder().add(key, value).build().toString();
  }

  @SuppressWarnings("unchecked")
  private static List<String> violations(ChromeDriver page) {
    return (List<String>) page.executeScript("return window.__violations || [];");
  }
}
