package io.postbot.web.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.web.testing.Axe;
import io.postbot.web.testing.Browser;
import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("A customer uses the chat widget on the demo page, in a real browser")
class CustomerUsesTheChatWidgetIT {

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  private ChromeDriver page;
  private Widget widget;

  @BeforeEach
  void freshVisitor() {
    if (browser == null) {
      browser = new Browser();
    }
    page = browser.driver();
    widget = new Widget(page, base);
    widget.visitAsNewCustomer();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @Order(1)
  @DisplayName("opens with the greeting, answers, pushes new messages and resumes after reload")
  void openAskResume() {
    WebElement launcher = widget.launcher();
    assertThat(launcher.getAttribute("aria-label")).isEqualTo("Open chat");

    widget.open();
    assertThat(widget.messages()).singleElement().satisfies(m -> assertThat(m).startsWith("bot:"));
    assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("pb-input");

    widget.say("where is my parcel");
    widget.waitForMessages(3);
    assertThat(widget.messages().get(1)).isEqualTo("customer:where is my parcel");
    assertThat(widget.messages().get(2)).startsWith("bot:").contains("tracking number");
    widget.waitForLive("websocket");

    // a message added on the server side reaches the open widget without polling
    Http http = new Http(base);
    http.post(
        "api/v1/conversations/" + widget.conversationId() + "/messages",
        "{\"text\":\"how do I change my address\"}",
        widget.token());
    widget.waitForMessages(5);

    List<String> before = widget.messages();
    page.navigate().refresh();
    widget.waitForMessages(5);
    assertThat(widget.messages()).isEqualTo(before);
    assertThat(widget.window().isDisplayed()).isTrue();

    page.get(base + "privacy.html");
    widget.waitForMessages(5);
    assertThat(widget.messages()).isEqualTo(before);
  }

  @Test
  @Order(2)
  @DisplayName("a quick reply sends its label; link buttons open the carrier's pages")
  void quickReplies() {
    widget.open();
    WebElement quickReply = page.findElement(By.cssSelector("#postbot .pb-quick"));
    String label = quickReply.getText();

    quickReply.click();

    widget.waitForMessages(3);
    assertThat(widget.messages().get(1)).isEqualTo("customer:" + label);
    assertThat(widget.messages().get(2)).startsWith("bot:");
    for (WebElement link : page.findElements(By.cssSelector("#postbot a.pb-link"))) {
      assertThat(link.getAttribute("href")).startsWith("http");
      assertThat(link.getAttribute("target")).isEqualTo("_blank");
    }
  }

  @Test
  @Order(3)
  @DisplayName("tracking a parcel shows a card with its status and a timeline of events")
  void tracksAParcel() throws IOException {
    widget.open();

    widget.say("Where is CT797294851NO?");

    widget.waitForMessages(3);
    WebElement card =
        new WebDriverWait(page, Duration.ofSeconds(30))
            .until(d ->
                d.findElements(By.cssSelector("#postbot .pb-card")).stream()
                    .findFirst()
                    .orElse(null));
    assertThat(card.getText()).contains("CT797294851NO");
    assertThat(card.findElement(By.cssSelector(".pb-card-status")).getText()).isNotBlank();
    assertThat(card.findElements(By.cssSelector(".pb-timeline li"))).isNotEmpty();
    assertThat(card.findElements(By.cssSelector(".pb-timeline time"))).isNotEmpty();

    Path dir = Path.of(System.getProperty("postbot.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    try {
      viewport(1280, 800, false);
      page.executeScript(
          "var log = arguments[0].closest('.pb-log');"
              + " log.scrollTop += arguments[0].getBoundingClientRect().top"
              + " - log.getBoundingClientRect().top - 8;",
          card);
      page.executeScript("document.activeElement.blur()");
      Files.write(dir.resolve("widget-tracking.png"), page.getScreenshotAs(OutputType.BYTES));
    } finally {
      page.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  @Order(4)
  @DisplayName("switching to Norwegian translates the widget and the bot answers in bokmål")
  void switchLanguage() {
    widget.open();

    page.findElement(By.cssSelector("#postbot .pb-lang")).click();

    assertThat(
            page.findElement(By.cssSelector("label[for='pb-input']")).getAttribute("textContent"))
        .isEqualTo("Melding");
    assertThat(widget.button("Chatvalg").isDisplayed()).isTrue();
    assertThat(widget.button("Send").isDisplayed()).isTrue();
    widget.button("Chatvalg").click();
    assertThat(widget.menuItems()).containsExactly("Last ned chat", "Slett chat");
    widget.escape();
    widget.say("hvor er pakken min");
    widget.waitForMessages(3);
    JsonObject transcript =
        Http.json(
            new Http(base)
                .get(
                    "api/v1/conversations/" + widget.conversationId() + "/transcript",
                    widget.token(),
                    "application/json"));
    assertThat(transcript.getString("language")).isEqualTo("nb");
    widget.escape();
    assertThat(widget.launcher().getAttribute("aria-label")).isEqualTo("Åpne chat");
  }

  @Test
  @Order(5)
  @DisplayName("download gives a dated text file and PDF with the legal basis and the messages")
  void download() throws IOException {
    widget.open();
    widget.say("how do I send a parcel abroad");
    widget.waitForMessages(3);
    String date = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();

    widget.chooseFromMenu("Download chat");
    widget.panelButton("Text file (.txt)").click();
    Path text = widget.waitForDownload("postbot-chat-" + date + ".txt", browser);
    widget.panelButton("PDF document (.pdf)").click();
    Path pdf = widget.waitForDownload("postbot-chat-" + date + ".pdf", browser);

    assertThat(Files.readString(text))
        .contains("Legal basis: GDPR Art. 6(1)(b)")
        .contains("stored for 1 month")
        .contains("You:\nhow do I send a parcel abroad");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("Legal basis: GDPR Art. 6(1)(b)")
          .contains("how do I send a parcel abroad");
    }
  }

  @Test
  @Order(6)
  @DisplayName("delete asks first, erases the chat on the server at once and starts afresh")
  void delete() {
    widget.open();
    widget.say("opening hours");
    widget.waitForMessages(3);
    String id = widget.conversationId();
    String token = widget.token();

    widget.chooseFromMenu("Delete chat");
    assertThat(widget.panel().getText()).contains("cannot be restored");
    widget.panelButton("Yes, delete chat").click();

    new WebDriverWait(page, Duration.ofSeconds(30))
        .until(d -> widget.conversationId() != null && !id.equals(widget.conversationId()));
    widget.waitForMessages(1);
    assertThat(widget.messages()).hasSize(1);
    assertThat(new Http(base).get("api/v1/conversations/" + id + "/messages", token).statusCode())
        .isEqualTo(404);
  }

  @Test
  @Order(7)
  @DisplayName("ending the chat offers download and delete, then closes the conversation")
  void end() {
    widget.open();
    String id = widget.conversationId();

    widget.button("End chat").click();
    assertThat(widget.panel().getText())
        .contains("Text file (.txt)")
        .contains("Delete chat")
        .contains("End chat, keep for 1 month");
    widget.panelButton("End chat, keep for 1 month").click();

    new WebDriverWait(page, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(d -> widget.button("Start a new chat").isDisplayed());
    assertThat(page.findElement(By.id("pb-input")).isDisplayed()).isFalse();
    assertThat(
            new Http(base)
                .post(
                    "api/v1/conversations/" + id + "/messages",
                    "{\"text\":\"hello\"}",
                    widget.token())
                .statusCode())
        .isEqualTo(409);
  }

  @Test
  @Order(8)
  @DisplayName("the open widget and its menu pass axe's WCAG 2.1 A and AA rules; Esc works")
  void accessibility() {
    widget.open();
    widget.say("where is my parcel");
    widget.waitForMessages(3);

    assertThat(Axe.violations(page, "#postbot")).isEmpty();
    widget.button("Chat options").click();
    assertThat(page.switchTo().activeElement().getText()).isEqualTo("Download chat");
    assertThat(Axe.violations(page, "#postbot")).isEmpty();

    widget.escape();
    assertThat(widget.menuItems()).isEmpty();
    // Tab stays inside the open window: from the last control it wraps to the first
    WebElement input = page.findElement(By.id("pb-input"));
    input.click();
    for (int i = 0; i < 12; i++) {
      new org.openqa.selenium.interactions.Actions(page).sendKeys(Keys.TAB).perform();
      assertThat(
              (Boolean)
                  page.executeScript(
                      "return document.getElementById('pb-window').contains(document.activeElement)"))
          .isTrue();
    }
    widget.button("Chat options").click();
    widget.escape();
    assertThat(page.switchTo().activeElement().getAttribute("aria-label"))
        .isEqualTo("Chat options");
    widget.escape();
    assertThat(widget.window().isDisplayed()).isFalse();
    assertThat(page.switchTo().activeElement().getAttribute("aria-label")).isEqualTo("Open chat");
  }

  @Test
  @Order(9)
  @DisplayName("screenshots of the widget at desktop and phone widths (docs/screenshots)")
  void screenshots() throws IOException {
    widget.open();
    widget.say("where is my parcel");
    widget.waitForMessages(3);
    Path dir = Path.of(System.getProperty("postbot.screenshots", "target/screenshots"));
    Files.createDirectories(dir);

    try {
      viewport(1280, 800, false);
      Files.write(dir.resolve("widget-desktop.png"), page.getScreenshotAs(OutputType.BYTES));
      widget.button("Chat options").click();
      Files.write(dir.resolve("widget-menu.png"), page.getScreenshotAs(OutputType.BYTES));
      widget.escape();
      theme("pb-light", "pb-dark");
      Files.write(dir.resolve("widget-dark.png"), page.getScreenshotAs(OutputType.BYTES));
      theme("pb-dark", "pb-light");
      page.executeScript("document.activeElement.blur()");
      viewport(390, 844, true);
      Files.write(dir.resolve("widget-phone.png"), page.getScreenshotAs(OutputType.BYTES));
      assertThat(widget.window().getSize().getWidth()).isEqualTo(390);
    } finally {
      page.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private void viewport(int width, int height, boolean mobile) {
    page.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
  }

  private void theme(String from, String to) {
    page.executeScript(
        "document.getElementById('postbot').classList.replace(arguments[0], arguments[1])",
        from,
        to);
  }

  @Test
  @Order(10)
  @DisplayName("where WebSockets are blocked, the widget polls and still gets new messages")
  void pollingFallback() {
    Object script =
        page.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "window.WebSocket = undefined;"))
            .get("identifier");
    try {
      widget.visitAsNewCustomer();
      widget.open();
      widget.waitForLive("polling");

      new Http(base)
          .post(
              "api/v1/conversations/" + widget.conversationId() + "/messages",
              "{\"text\":\"where is my parcel\"}",
              widget.token());

      widget.waitForMessages(3);
      widget.say("thanks");
      widget.waitForMessages(5);
      assertThat(widget.messages()).doesNotHaveDuplicates();
    } finally {
      page.executeCdpCommand(
          "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
    }
  }

  @Test
  @Order(11)
  @DisplayName("customer and bot text is shown as text, never as markup")
  void textStaysText() {
    widget.open();

    widget.say("<img src=x onerror=\"document.title='hacked'\"><b>bold</b>");

    widget.waitForMessages(3);
    assertThat(widget.messages().get(1))
        .isEqualTo("customer:<img src=x onerror=\"document.title='hacked'\"><b>bold</b>");
    assertThat(page.findElements(By.cssSelector("#postbot .pb-log img, #postbot .pb-log b")))
        .isEmpty();
    assertThat(page.getTitle()).isNotEqualTo("hacked");
    assertThat(page.findElement(By.id("pb-counter")).getText()).isEqualTo("0 / 2000 characters");
    page.findElement(By.id("pb-input")).sendKeys("abc");
    assertThat(page.findElement(By.id("pb-counter")).getText()).isEqualTo("3 / 2000 characters");
    page.findElement(By.id("pb-input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
  }
}
