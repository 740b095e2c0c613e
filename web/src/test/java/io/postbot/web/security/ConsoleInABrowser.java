package io.postbot.web.security;

import java.net.URL;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What an administrator does in the console's pages, as a person does it in a browser: sign in, add
 * a canned response, change an answer and publish it. The steps the hostile-text tests need.
 */
final class ConsoleInABrowser {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private final ChromeDriver page;
  private final URL base;

  ConsoleInABrowser(ChromeDriver page, URL base) {
    this.page = page;
    this.base = base;
  }

  /** Opens a console page, signing in as the test administrator first when asked to. */
  void open(String path) {
    page.get(base + path);
    if (page.getCurrentUrl().contains("login")) {
      page.findElement(By.id("username")).sendKeys("it-admin");
      page.findElement(By.id("password")).sendKeys("it-admin-secret-1");
      page.findElement(By.id("submit")).click();
      waitUntil(() ->
          page.getCurrentUrl().contains("/console/") && !page.getCurrentUrl().contains("login"));
      page.get(base + path);
    }
  }

  /** Adds an English canned response on the supervisor's page and waits until it is listed. */
  void addCanned(String title, String text) {
    open("console/supervisor/index.xhtml");
    page.findElement(By.id("canned:title")).sendKeys(title);
    page.findElement(By.id("canned:text")).sendKeys(text);
    page.findElement(By.id("canned:add")).click();
    waitUntil(() -> page.findElement(By.id("canned")).getText().contains(text));
  }

  /** Replaces the English answer of an intent in the draft and publishes the draft. */
  void publishAnswer(String intent, String answer) {
    open("console/admin/content.xhtml");
    waitUntil(() -> row(intent) != null);
    row(intent).findElement(By.cssSelector("input[id$=':edit']")).click();
    waitUntil(() -> !page.findElements(By.id("editor:answer-en")).isEmpty());
    WebElement field = page.findElement(By.id("editor:answer-en"));
    field.clear();
    field.sendKeys(answer);
    page.findElement(By.id("editor:save")).click();
    waitUntil(() -> page.findElement(By.id("messages")).getText().contains("Saved"));
    page.findElement(By.id("publish:note")).sendKeys("hostile text");
    page.findElement(By.id("publish:publish-draft")).click();
    waitUntil(() -> page.findElement(By.id("messages")).getText().contains("published"));
  }

  private WebElement row(String intent) {
    return page.findElements(By.cssSelector("#intents\\:list tbody tr")).stream()
        .filter(r -> !r.findElements(By.cssSelector(".intent-id")).isEmpty())
        .filter(r -> r.findElement(By.cssSelector(".intent-id")).getText().equals(intent))
        .findFirst()
        .orElse(null);
  }

  void waitUntil(BooleanSupplier condition) {
    waitUntil("the page to get there", condition);
  }

  /** Waits for a condition of any page; a timeout names what did not come. */
  void waitUntil(String what, BooleanSupplier condition) {
    new WebDriverWait(page, PATIENCE)
        .withMessage(what)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> condition.getAsBoolean());
  }
}
