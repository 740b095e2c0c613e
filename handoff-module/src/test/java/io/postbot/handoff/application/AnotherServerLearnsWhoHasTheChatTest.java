package io.postbot.handoff.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.AccessToken;
import io.postbot.handoff.api.ChatAgent;
import io.postbot.handoff.api.ContactForm;
import io.postbot.handoff.domain.model.agent.Agent;
import io.postbot.handoff.domain.model.agent.Role;
import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import io.postbot.testing.RecordedEvents;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A server told by another only "something happened in conversation c" finds out from the tables
 * which agent has the chat, and shows a customer's typing it did not hear itself.
 */
@DisplayName("A server that heard only a conversation id finds the chat's agent and shows typing")
class AnotherServerLearnsWhoHasTheChatTest {

  static final Instant MONDAY_NOON = Instant.parse("2026-11-30T11:00:00Z");

  MutableClock clock = new MutableClock(MONDAY_NOON);
  InMemoryHandoff.Queue queue = new InMemoryHandoff.Queue();
  InMemoryHandoff.Chats chats = new InMemoryHandoff.Chats();
  InMemoryHandoff.Agents agents = new InMemoryHandoff.Agents();
  InMemoryHandoff.Conversations conversations = new InMemoryHandoff.Conversations(clock);
  RecordedEvents events = new RecordedEvents();
  HandoffSettings settings =
      new HandoffSettings("Mon-Fri 08:00-20:00,Sat 10:00-16:00", "Europe/Oslo", "/privacy.html");
  HandoffService handoff =
      new HandoffService(conversations, queue, chats, agents, settings, events, clock);
  AgentDeskService desk =
      new AgentDeskService(
          conversations, queue, chats, agents, new InMemoryHandoff.Canned(), events, clock);
  AccessToken token = AccessToken.generate();
  ConversationId id;

  @BeforeEach
  void givenACustomerInTheQueue() {
    Agent anna =
        Agent.create(
            "anna",
            "Anna Berg",
            Set.of(Role.AGENT),
            "long-password".toCharArray(),
            CustomerIsHandedToAnAgentTest.PLAIN);
    anna.seen(MONDAY_NOON);
    agents.add(anna);
    id = conversations.start(token);
    handoff.join(id, token, new ContactForm("Kari", "kari@example.no", "91234567"));
  }

  @Test
  @DisplayName("nobody has a waiting customer's chat; once taken, its agent does, until closed")
  void agentOfTheChat() {
    assertThat(desk.agentOf(id)).isEmpty();

    desk.take(id, "anna");
    assertThat(desk.agentOf(id)).contains(new ChatAgent("anna", "Anna Berg"));

    desk.close(id, "anna", ContactCategory.ADVICE);
    assertThat(desk.agentOf(id)).isEmpty();
    assertThat(desk.agentOf(ConversationId.newId())).isEmpty();
  }

  @Test
  @DisplayName("typing heard from another server shows in the chat for a few seconds")
  void typingHeardElsewhere() {
    desk.take(id, "anna");
    assertThat(desk.chat(id, "anna").customerTyping()).isFalse();

    desk.customerTypingHeard(id);
    assertThat(desk.chat(id, "anna").customerTyping()).isTrue();

    clock.advance(TypingIndicators.SHOWN_FOR);
    assertThat(desk.chat(id, "anna").customerTyping()).isFalse();
  }
}
