package io.postbot.web.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.postbot.web.testing.Axe;
import io.postbot.web.testing.Browser;
import io.postbot.web.testing.Http;
import io.postbot.web.testing.PostbotDeployment;
import io.postbot.web.widget.Widget;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 5 end to end in two real browsers: the customer in the widget on the demo page, the agent
 * in the console. Nobody reloads to see the other's messages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("A customer talks to a person in the widget while an agent answers in the console")
class CustomerTalksToAPersonInTheWidgetIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  // the survey link is e-mailed too (postbot.smtp.* in arquillian.xml): catch it on loopback. A
  // run beside another suite moves both ends, e.g. -Dpostbot.it.smtpPort=42526
  // -Dpostbot.it.jvmOptions=-Dpostbot.smtp.port=42526
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
      "asks for a person, queues, chats live with the agent, is closed as a complaint, rates once;"
          + " an admin later finds the chat by e-mail and erases it on request")
  void customerAndAgent() {
    try (Browser customerBrowser = new Browser();
        Browser agentBrowser = new Browser()) {
      ChromeDriver customer = customerBrowser.driver();
      ChromeDriver agent = agentBrowser.driver();

      // given an agent signed in to the console (online while a console page is open)
      agent.get(base + "console/login.xhtml");
      agent.findElement(By.id("username")).sendKeys("it-admin");
      agent.findElement(By.id("password")).sendKeys("it-admin-secret-1");
      agent.findElement(By.id("submit")).click();
      waitUntil(agent, () -> agent.getPageSource().contains("Waiting customers"));
      // and the page's live connection open (the queue below re-renders when the server pushes)
      waitUntil(
          agent,
          () -> "open".equals(agent.findElement(By.tagName("body")).getAttribute("data-push")));

      // when the customer asks the bot for a person and accepts the offer
      Widget widget = new Widget(customer, base);
      widget.visitAsNewCustomer();
      widget.open();
      widget.say("I want to talk to a person");
      waitUntil(customer, () -> !buttons(customer, "Connect me to a person").isEmpty());
      widget.button("Connect me to a person").click();

      // then the contact form explains why, on which legal basis, and links the policy
      waitUntil(customer, () -> !customer.findElements(By.id("pb-contact-name")).isEmpty());
      WebElement notice = customer.findElement(By.id("pb-contact-notice"));
      assertThat(notice.getText()).containsOnlyOnce("6(1)(f)");
      assertThat(notice.findElement(By.tagName("a")).getAttribute("href")).isNotBlank();
      assertThat(label(customer, "pb-contact-name")).isEqualTo("Name");
      assertThat(label(customer, "pb-contact-email")).isEqualTo("E-mail");
      assertThat(label(customer, "pb-contact-phone")).isEqualTo("Phone");
      assertThat(Axe.violations(customer, "#postbot")).isEmpty();

      // a wrong e-mail address is explained next to the form
      customer.findElement(By.id("pb-contact-name")).sendKeys("Kari Nordmann");
      customer.findElement(By.id("pb-contact-email")).sendKeys("kari@");
      customer.findElement(By.id("pb-contact-phone")).sendKeys("912 34 567");
      widget.button("Join the queue").click();
      waitUntil(customer, () -> !text(customer, "#pb-contact-error").isBlank());
      assertThat(text(customer, "#pb-contact-error")).containsIgnoringCase("e-mail");

      // corrected, the customer joins the queue and sees the position and the wait
      customer.findElement(By.id("pb-contact-email")).sendKeys("example.no");
      widget.button("Join the queue").click();
      waitUntil(
          customer, () -> !customer.findElements(By.cssSelector(".pb-handoff-queued")).isEmpty());
      assertThat(text(customer, ".pb-handoff-queued h3"))
          .isEqualTo("You are number 1 in the queue.");
      assertThat(text(customer, ".pb-handoff-queued .pb-wait")).startsWith("Estimated wait");

      // the queue survives a reload
      customer.navigate().refresh();
      waitUntil(
          customer,
          () -> text(customer, ".pb-handoff-queued h3").equals("You are number 1 in the queue."));
      assertThat(buttons(customer, "Leave queue")).isNotEmpty();

      // the agent sees the customer waiting, live, and takes the chat
      // (the queue table re-renders on every push, so a click may hit a replaced button: retry)
      waitUntil(
          agent,
          () -> {
            agent.findElement(By.id("queue:waiting:0:take")).click();
            return true;
          });
      waitUntil(agent, () -> agent.getCurrentUrl().contains("chat.xhtml"));
      waitUntil(agent, () -> !agent.findElements(By.id("compose:text")).isEmpty());
      waitUntil(
          agent,
          () -> "open".equals(agent.findElement(By.tagName("body")).getAttribute("data-push")));
      assertThat(agent.findElement(By.id("contact-name")).getText()).isEqualTo("Kari Nordmann");

      // the customer learns who answers
      waitUntil(
          customer,
          () ->
              text(customer, ".pb-handoff-agent h3")
                  .equals("You are chatting with Administrator."));

      // messages both ways in real time, no reloads
      agent.findElement(By.id("compose:text")).sendKeys("Hi Kari, how can I help?");
      agent.findElement(By.id("compose:send")).click();
      waitUntil(customer, () -> widget.messages().contains("agent:Hi Kari, how can I help?"));
      var agentMessages = customer.findElements(By.cssSelector("#postbot li.pb-agent[data-name]"));
      WebElement fromAgent = agentMessages.get(agentMessages.size() - 1);
      assertThat(fromAgent.getAttribute("data-name")).isEqualTo("Administrator");
      assertThat(fromAgent.findElement(By.cssSelector(".pb-who")).getAttribute("textContent"))
          .isEqualTo("Administrator said:");

      widget.say("My parcel arrived broken");
      waitUntil(agent, () -> text(agent, "#transcript").contains("My parcel arrived broken"));

      // the agent closes the chat as a complaint
      ((org.openqa.selenium.JavascriptExecutor) agent)
          .executeScript(
              "var s = document.getElementById('close:category_input'); s.value = 'COMPLAINT';"
                  + " s.dispatchEvent(new Event('change'));");
      agent.findElement(By.id("close:close-chat")).click();
      waitUntil(agent, () -> agent.findElements(By.id("compose:text")).isEmpty());

      // the customer is offered the voluntary survey in the widget and answers it
      waitUntil(customer, () -> !customer.findElements(By.cssSelector(".pb-survey")).isEmpty());
      customer.findElement(By.cssSelector("label[for='pb-score-5']")).click();
      customer.findElement(By.id("pb-survey-comment")).sendKeys("Quick help");
      widget.button("Send rating").click();
      waitUntil(
          customer, () -> text(customer, ".pb-thanks").equals("Thank you for your feedback!"));

      // the survey is answered once: a second answer is refused
      Http http = new Http(base);
      String handoff = "api/v1/conversations/" + widget.conversationId() + "/handoff";
      JsonObject closed = Http.json(http.get(handoff, widget.token()));
      assertThat(closed.getString("state")).isEqualTo("closed");
      String survey = closed.getString("surveyToken");
      HttpResponse<String> again =
          http.post("api/v1/surveys/answers", "{\"token\":\"" + survey + "\",\"score\":1}", null);
      assertThat(again.statusCode()).isEqualTo(409);
      assertThat(Http.json(again).getString("detail")).containsIgnoringCase("already");

      // and the survey page of the e-mailed link says so too
      customer.get(base + "survey/#" + survey);
      waitUntil(customer, () -> text(customer, "#survey").contains("already been answered"));

      // later the customer asks for erasure: the admin finds the chat by e-mail in the console
      agent.get(base + "console/admin/privacy.xhtml");
      agent.findElement(By.id("subject:value")).sendKeys("kari@example.no");
      agent.findElement(By.id("subject:find")).click();
      waitUntil(agent, () -> text(agent, "#subject\\:found").contains(widget.conversationId()));
      assertThat(text(agent, "#subject\\:found"))
          .contains("6(1)(f)")
          .containsIgnoringCase("complaint");

      // a complaint under retention is not erased without the second confirmation
      agent.findElement(By.id("subject:reason")).sendKeys("Customer asked by e-mail");
      eraseAndConfirm(agent);
      waitUntil(agent, () -> text(agent, "#messages").contains("Nothing was erased"));
      assertThat(Http.json(http.get(handoff, widget.token())).getString("state"))
          .isEqualTo("closed");

      // with it, everything about the chat is erased at once
      agent.findElement(By.cssSelector("#subject\\:confirm .ui-chkbox-box")).click();
      eraseAndConfirm(agent);
      waitUntil(agent, () -> text(agent, "#messages").contains("1 conversation(s) erased."));
      assertThat(
              http.get(
                      "api/v1/conversations/" + widget.conversationId() + "/messages",
                      widget.token())
                  .statusCode())
          .isEqualTo(404);
      waitUntil(agent, () -> text(agent, "#runs").contains("Customer asked by e-mail"));
    }
  }

  /** Clicks Erase and answers yes in PrimeFaces' confirmation dialog. */
  private static void eraseAndConfirm(WebDriver agent) {
    agent.findElement(By.id("subject:erase")).click();
    waitUntil(
        agent,
        () -> {
          agent
              .findElement(By.cssSelector(".ui-confirm-dialog button.ui-confirmdialog-yes"))
              .click();
          return true;
        });
  }

  private static java.util.List<WebElement> buttons(WebDriver page, String name) {
    return page.findElements(
        By.xpath("//div[@id='postbot']//button[normalize-space(.)='" + name + "']"));
  }

  private static String label(WebDriver page, String inputId) {
    return page.findElement(By.cssSelector("label[for='" + inputId + "']")).getText();
  }

  private static String text(WebDriver page, String css) {
    var found = page.findElements(By.cssSelector(css));
    return found.isEmpty() ? "" : found.get(0).getAttribute("textContent").strip();
  }

  private static void waitUntil(WebDriver page, BooleanSupplier condition) {
    new WebDriverWait(page, PATIENCE)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
        .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
        .until(d -> condition.getAsBoolean());
  }
}
