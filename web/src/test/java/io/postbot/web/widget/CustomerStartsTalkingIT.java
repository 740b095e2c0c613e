package io.postbot.web.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.web.testing.Browser;
import io.postbot.web.testing.PostbotDeployment;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 10's findings at the start of a chat: a customer who typed before the greeting had arrived
 * lost the question (the network is held in the page so the order of events is certain, not a
 * race); the offline form did not say why nobody could answer; the legal basis showed twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisplayName("A customer starts talking in the widget: at once, on a bad line, with nobody online")
class CustomerStartsTalkingIT {

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive app() {
    return PostbotDeployment.war();
  }

  @ArquillianResource URL base;

  private Widget widget;

  @BeforeEach
  void freshVisitor() {
    if (browser == null) {
      browser = new Browser();
    }
    ChromeDriver page = browser.driver();
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
  @DisplayName("a question typed the instant the chat opens is queued, sent and answered")
  void questionBeforeTheGreetingIsAnswered() {
    // given the conversation is still being created when the customer types
    widget.holdConversationStart();
    widget.launcher().click();
    widget.waitUntilTrue(widget::conversationStartIsHeld);

    // when
    widget.say("where is my parcel");

    // then the question waits in the chat, not lost
    assertThat(widget.pendingMessages()).containsExactly("where is my parcel");
    assertThat(widget.draft()).isEmpty();

    // and once the conversation exists it is sent and answered after the greeting
    widget.releaseConversationStart();
    widget.waitForMessages(3);
    assertThat(widget.messages().get(0)).startsWith("bot:");
    assertThat(widget.messages().get(1)).isEqualTo("customer:where is my parcel");
    assertThat(widget.messages().get(2)).startsWith("bot:").contains("tracking number");
    assertThat(widget.pendingMessages()).isEmpty();
  }

  @Test
  @DisplayName("a message that cannot be sent stays in the input and the widget says so")
  void failedSendKeepsTheText() {
    // given an open chat whose connection drops on the next message
    widget.open();
    widget.dropNextMessage();

    // when
    widget.say("how do I change my address");

    // then
    widget.waitUntilTrue(() -> !widget.alert().isEmpty());
    assertThat(widget.alert()).contains("not sent");
    assertThat(widget.draft()).isEqualTo("how do I change my address");
    assertThat(widget.pendingMessages()).isEmpty();
    assertThat(widget.messages()).hasSize(1);
  }

  @Test
  @DisplayName("with nobody online, the offline form says why and shows the legal basis once")
  void nobodyOnline() {
    // given customer service is open (this deployment: always) and no agent is signed in
    widget.open();

    // when the customer asks for a person and accepts the offer
    widget.say("I want to talk to a person");
    widget.waitUntilTrue(() -> widget.hasButton("Connect me to a person"));
    widget.button("Connect me to a person").click();

    // then the form for leaving a message explains why nobody can answer
    widget.waitUntilTrue(() -> widget.text("pb-offline-reason") != null);
    assertThat(widget.text("pb-offline-reason"))
        .contains("Nobody in customer service is online right now")
        .contains("Opening hours:")
        .doesNotContain("closed");
    // and the privacy notice names the legal basis exactly once
    assertThat(widget.text("pb-contact-notice")).containsOnlyOnce("6(1)(f)");
  }
}
