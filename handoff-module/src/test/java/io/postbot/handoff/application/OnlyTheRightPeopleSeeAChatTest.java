package io.postbot.handoff.application;

import static io.postbot.handoff.application.HandoffFixture.KARI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.api.AccessToken;
import io.postbot.handoff.api.AgentChatView;
import io.postbot.handoff.api.AgentTyping;
import io.postbot.handoff.api.ChatNotFoundException;
import io.postbot.handoff.api.NotYourChatException;
import io.postbot.handoff.domain.model.agent.Role;
import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import io.postbot.testing.RecordedEvents;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Who sees a chat, per role and per state: the assigned agent, supervisors and admins; a waiting
 * customer's contact details to nobody until taken; a closed chat to supervisors only. Notes and
 * typing only by those who may.
 */
@DisplayName("Only the assigned agent, supervisors and admins see a chat")
class OnlyTheRightPeopleSeeAChatTest {

  final HandoffFixture fixture = new HandoffFixture();
  final MutableClock clock = fixture.clock;
  final InMemoryHandoff.Conversations conversations = fixture.conversations;
  final RecordedEvents events = fixture.events;
  final HandoffService handoff = fixture.handoff;
  final AgentDeskService desk = fixture.desk;
  AccessToken token = AccessToken.generate();
  ConversationId id;

  @BeforeEach
  void givenAWaitingCustomer() {
    add("anna", Role.AGENT);
    add("ola", Role.AGENT);
    add("siri", Role.SUPERVISOR);
    add("adam", Role.ADMIN);
    id = conversations.start(token);
    handoff.join(id, token, KARI);
  }

  @Test
  @DisplayName("a waiting customer: every agent sees the entry, nobody their contact details")
  void waiting() {
    for (String viewer : new String[] {"anna", "ola", "siri", "adam"}) {
      AgentChatView chat = desk.chat(id, viewer);
      assertThat(chat.name()).as(viewer).isNull();
      assertThat(chat.email()).as(viewer).isNull();
      assertThat(chat.phone()).as(viewer).isNull();
      assertThat(chat.summary().customerName()).as(viewer).isNull();
    }
  }

  @Test
  @DisplayName(
      "a live chat: its agent, supervisors and admins see everything, other agents nothing")
  void inProgress() {
    desk.take(id, "anna");
    for (String viewer : new String[] {"anna", "siri", "adam"}) {
      assertThat(desk.chat(id, viewer).email()).as(viewer).isEqualTo("kari@example.no");
    }
    assertThatThrownBy(() -> desk.chat(id, "ola")).isInstanceOf(ChatNotFoundException.class);
    assertThatThrownBy(() -> desk.chat(id, "nobody")).isInstanceOf(ChatNotFoundException.class);
  }

  @Test
  @DisplayName("a closed chat: supervisors and admins only, not even the agent who closed it")
  void closed() {
    desk.take(id, "anna");
    desk.close(id, "anna", ContactCategory.COMPLAINT);
    assertThatThrownBy(() -> desk.chat(id, "anna")).isInstanceOf(ChatNotFoundException.class);
    assertThatThrownBy(() -> desk.chat(id, "ola")).isInstanceOf(ChatNotFoundException.class);
    assertThat(desk.chat(id, "siri").email()).isEqualTo("kari@example.no");
    assertThat(desk.chat(id, "adam").email()).isEqualTo("kari@example.no");
  }

  @Test
  @DisplayName("an offline request: every agent sees it whole, since any of them may answer it")
  void offlineRequest() {
    ConversationId offline = conversations.start(token);
    clock.advance(Duration.ofHours(10));
    handoff.leaveOfflineMessage(offline, token, KARI, "Please call me");
    assertThat(desk.chat(offline, "ola").phone()).isEqualTo("+4791234567");
  }

  @Test
  @DisplayName("a customer who left the queue before being taken: supervisors only, no contact")
  void left() {
    handoff.leave(id, token);
    assertThatThrownBy(() -> desk.chat(id, "anna")).isInstanceOf(ChatNotFoundException.class);
    assertThat(desk.chat(id, "siri").email()).isNull();
  }

  @Test
  @DisplayName("notes are written by the chat's agent and supervisors, never by another agent")
  void notes() {
    assertThatThrownBy(() -> desk.note(id, "ola", "while waiting"))
        .isInstanceOf(NotYourChatException.class);
    desk.take(id, "anna");
    desk.note(id, "anna", "by her agent");
    desk.note(id, "siri", "by the supervisor");
    assertThatThrownBy(() -> desk.note(id, "ola", "by a stranger"))
        .isInstanceOf(NotYourChatException.class);
    assertThat(desk.chat(id, "anna").notes())
        .extracting(AgentChatView.Note::text)
        .containsExactly("by her agent", "by the supervisor");
  }

  @Test
  @DisplayName("typing is shown only from the agent of a live chat")
  void typing() {
    assertThatThrownBy(() -> desk.typing(id, "anna")).isInstanceOf(NotYourChatException.class);
    desk.take(id, "anna");
    assertThatThrownBy(() -> desk.typing(id, "ola")).isInstanceOf(NotYourChatException.class);
    assertThatThrownBy(() -> desk.typing(id, "siri")).isInstanceOf(NotYourChatException.class);
    desk.typing(id, "anna");
    assertThat(events.ofType(AgentTyping.class)).hasSize(1);
  }

  private void add(String name, Role role) {
    fixture.online(name, name.toUpperCase(), role);
  }
}
