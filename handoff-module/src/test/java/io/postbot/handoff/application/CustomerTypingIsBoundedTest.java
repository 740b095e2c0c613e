package io.postbot.handoff.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.api.AccessToken;
import io.postbot.chat.api.ConversationNotFoundException;
import io.postbot.handoff.api.ContactForm;
import io.postbot.handoff.api.CustomerTyping;
import io.postbot.handoff.api.NotWithAnAgentException;
import io.postbot.handoff.domain.model.agent.Role;
import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import io.postbot.testing.RecordedEvents;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A customer's typing indicator reaches the console only while an agent chats with them, at most
 * once per interval per conversation, and names the agent it is for, so only their console hears.
 */
@DisplayName("A customer's typing is accepted only with an agent, throttled, and for that agent")
class CustomerTypingIsBoundedTest {

  final HandoffFixture fixture = new HandoffFixture();
  final MutableClock clock = fixture.clock;
  final InMemoryHandoff.Conversations conversations = fixture.conversations;
  final RecordedEvents events = fixture.events;
  final HandoffService handoff = fixture.handoff;
  final AgentDeskService desk = fixture.desk;
  AccessToken token = AccessToken.generate();
  ConversationId id;

  @BeforeEach
  void givenAnAgentOnline() {
    fixture.online("anna", "Anna", Role.AGENT);
    id = conversations.start(token);
  }

  @Test
  @DisplayName("with the bot, or waiting in the queue, typing is refused")
  void notWithAnAgent() {
    assertThatThrownBy(() -> handoff.customerTyping(id, token))
        .isInstanceOf(NotWithAnAgentException.class);
    handoff.join(id, token, new ContactForm("Kari", "kari@example.no", "91234567"));
    assertThatThrownBy(() -> handoff.customerTyping(id, token))
        .isInstanceOf(NotWithAnAgentException.class);
    assertThat(events.ofType(CustomerTyping.class)).isEmpty();
  }

  @Test
  @DisplayName("a flood of typing calls reaches the agent once per interval, addressed to them")
  void throttled() {
    handoff.join(id, token, new ContactForm("Kari", "kari@example.no", "91234567"));
    desk.take(id, "anna");
    for (int i = 0; i < 1000; i++) {
      handoff.customerTyping(id, token);
    }
    assertThat(events.ofType(CustomerTyping.class))
        .singleElement()
        .satisfies(e -> assertThat(e.agent()).isEqualTo("anna"));

    clock.advance(TypingThrottle.INTERVAL);
    handoff.customerTyping(id, token);
    assertThat(events.ofType(CustomerTyping.class)).hasSize(2);
  }

  @Test
  @DisplayName("a foreign token, or a chat that has ended, is refused too")
  void foreignTokenOrEnded() {
    handoff.join(id, token, new ContactForm("Kari", "kari@example.no", "91234567"));
    desk.take(id, "anna");
    assertThatThrownBy(() -> handoff.customerTyping(id, AccessToken.generate()))
        .isInstanceOf(ConversationNotFoundException.class);
    desk.close(id, "anna", ContactCategory.ADVICE);
    clock.advance(Duration.ofMinutes(1));
    assertThatThrownBy(() -> handoff.customerTyping(id, token))
        .isInstanceOf(NotWithAnAgentException.class);
  }

  @Test
  @DisplayName("the throttle forgets conversations it has not heard of for a while")
  void boundedMemory() {
    TypingThrottle throttle = new TypingThrottle();
    for (int i = 0; i < TypingThrottle.MAX_TRACKED * 2; i++) {
      throttle.allow(ConversationId.newId(), clock.instant());
      clock.advance(Duration.ofMillis(1));
    }
    assertThat(throttle.tracked()).isLessThanOrEqualTo(TypingThrottle.MAX_TRACKED);
  }
}
