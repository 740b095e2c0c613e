package io.postbot.web.widget;

import io.postbot.web.testing.Browser;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat widget on the demo page as a customer sees it, found by accessible names. */
public final class Widget {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final ChromeDriver page;
  private final URL base;

  public Widget(ChromeDriver page, URL base) {
    this.page = page;
    this.base = base;
  }

  /** The demo page with no conversation in this tab yet. */
  public void visitAsNewCustomer() {
    page.get(base.toString());
    page.executeScript("sessionStorage.clear()");
    page.navigate().refresh();
    waitUntil(() -> !page.findElements(By.cssSelector("#postbot .pb-launcher")).isEmpty());
  }

  WebElement launcher() {
    return page.findElement(By.cssSelector("#postbot .pb-launcher"));
  }

  public WebElement window() {
    return page.findElement(By.id("pb-window"));
  }

  WebElement panel() {
    return page.findElement(By.cssSelector("#postbot .pb-panel"));
  }

  public void open() {
    launcher().click();
    waitForMessages(1);
  }

  /** The widget's button with this accessible name (its aria-label, else its text). */
  public WebElement button(String accessibleName) {
    return page.findElement(
        By.xpath(
            "//div[@id='postbot']//button[@aria-label='"
                + accessibleName
                + "' or (not(@aria-label) and normalize-space(.)='"
                + accessibleName
                + "')]"));
  }

  WebElement panelButton(String text) {
    return panel().findElements(By.tagName("button")).stream()
        .filter(b -> b.getText().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no panel button " + text));
  }

  void chooseFromMenu(String item) {
    button(page.findElement(By.cssSelector("#postbot .pb-options")).getAttribute("aria-label"))
        .click();
    page.findElements(By.cssSelector("#pb-menu [role=menuitem]")).stream()
        .filter(b -> b.getText().equals(item))
        .findFirst()
        .orElseThrow()
        .click();
  }

  List<String> menuItems() {
    return page.findElements(By.cssSelector("#pb-menu [role=menuitem]")).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .toList();
  }

  public void say(String text) {
    WebElement input = page.findElement(By.id("pb-input"));
    input.sendKeys(text);
    input.sendKeys(Keys.ENTER);
  }

  void escape() {
    new Actions(page).sendKeys(Keys.ESCAPE).perform();
  }

  /** Messages as "author:text", confirmed by the server (pending ones left out). */
  public List<String> messages() {
    return page.findElements(By.cssSelector("#postbot .pb-log li.pb-message[data-id]")).stream()
        .map(li ->
            li.getAttribute("data-author")
                + ":"
                + li.findElement(By.cssSelector(".pb-text")).getAttribute("textContent"))
        .toList();
  }

  public void waitForMessages(int count) {
    try {
      waitUntil(() -> messages().size() >= count);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "expected "
              + count
              + " messages; the widget shows "
              + messages()
              + ", alert: '"
              + page.findElement(By.cssSelector("#postbot .pb-alert")).getAttribute("textContent")
              + "', pending: "
              + page.findElements(By.cssSelector("#postbot .pb-pending")).size(),
          e);
    }
  }

  void waitForLive(String transport) {
    waitUntil(() -> transport.equals(page.findElement(By.id("postbot")).getAttribute("data-live")));
  }

  Path waitForDownload(String name, Browser browser) {
    Path file = browser.downloads().resolve(name);
    waitUntil(() -> Files.isRegularFile(file) && browser.downloaded().contains(file));
    return file;
  }

  /**
   * Holds the request that starts a conversation until {@link #releaseConversationStart()}, as a
   * slow network would: the page's fetch is wrapped so the widget waits for its greeting.
   */
  void holdConversationStart() {
    page.executeScript(
        "var real = window.fetch; window.__heldStarts = [];"
            + " window.fetch = function (url, init) {"
            + "   if (init && init.method === 'POST' && /\\/api\\/v1\\/conversations$/.test(String(url))) {"
            + "     return new Promise(function (resolve) {"
            + "       window.__heldStarts.push(function () { resolve(real(url, init)); }); });"
            + "   }"
            + "   return real(url, init); };");
  }

  /** True once the widget asked for a conversation that the held network has not delivered yet. */
  boolean conversationStartIsHeld() {
    return Boolean.TRUE.equals(
        page.executeScript("return (window.__heldStarts || []).length > 0;"));
  }

  void releaseConversationStart() {
    page.executeScript("(window.__heldStarts || []).splice(0).forEach(function (go) { go(); });");
  }

  /** The next message the customer sends fails as on a dropped connection. */
  void dropNextMessage() {
    page.executeScript(
        "var real = window.fetch; var dropped = false;"
            + " window.fetch = function (url, init) {"
            + "   if (!dropped && init && init.method === 'POST' && /\\/messages$/.test(String(url))) {"
            + "     dropped = true; return Promise.reject(new TypeError('Failed to fetch'));"
            + "   }"
            + "   return real(url, init); };");
  }

  /** Messages the customer sent that the server has not confirmed yet, as their text. */
  List<String> pendingMessages() {
    return page.findElements(By.cssSelector("#postbot .pb-log li.pb-pending")).stream()
        .map(li -> li.findElement(By.cssSelector(".pb-text")).getAttribute("textContent"))
        .toList();
  }

  /** The text of the element with this id, or null while there is none. */
  String text(String id) {
    return page.findElements(By.id(id)).stream()
        .findFirst()
        .map(e -> e.getAttribute("textContent"))
        .orElse(null);
  }

  boolean hasButton(String accessibleName) {
    try {
      return button(accessibleName).isDisplayed();
    } catch (org.openqa.selenium.NoSuchElementException e) {
      return false;
    }
  }

  String alert() {
    return page.findElement(By.cssSelector("#postbot .pb-alert")).getAttribute("textContent");
  }

  String draft() {
    return page.findElement(By.id("pb-input")).getAttribute("value");
  }

  void waitUntilTrue(java.util.function.BooleanSupplier condition) {
    waitUntil(condition);
  }

  public String conversationId() {
    return stored("id");
  }

  public String token() {
    return stored("token");
  }

  private String stored(String key) {
    return (String)
        page.executeScript(
            "var s = JSON.parse(sessionStorage.getItem('postbot.conversation') || '{}');"
                + " return s[arguments[0]] || null;",
            key);
  }

  private void waitUntil(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(page, PATIENCE).until(d -> condition.getAsBoolean());
  }
}
