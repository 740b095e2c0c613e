package io.postbot.handoff.application;

import static io.postbot.handoff.application.HandoffFixture.KARI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.api.AccessToken;
import io.postbot.chat.api.ConversationNotFoundException;
import io.postbot.handoff.api.AgentChatClosed;
import io.postbot.handoff.api.AgentChatStarted;
import io.postbot.handoff.api.ChatAlreadyTakenException;
import io.postbot.handoff.api.ChatHandlingMeasured;
import io.postbot.handoff.api.CustomerQueued;
import io.postbot.handoff.api.HandoffState;
import io.postbot.handoff.api.HandoffStatus;
import io.postbot.handoff.api.NotYourChatException;
import io.postbot.handoff.api.QueueWaitMeasured;
import io.postbot.handoff.domain.model.agent.Agent;
import io.postbot.handoff.domain.model.agent.PasswordHasher;
import io.postbot.handoff.domain.model.agent.Role;
import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import io.postbot.testing.RecordedEvents;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A customer is handed to an agent: queue, take once, chat, close with a category")
class CustomerIsHandedToAnAgentTest {

  /** Kept under this name too: other tests of the package sign agents in with it. */
  static final PasswordHasher PLAIN = HandoffFixture.PLAIN;

  final HandoffFixture fixture = new HandoffFixture();
  final MutableClock clock = fixture.clock;
  final InMemoryHandoff.Agents agents = fixture.agents;
  final InMemoryHandoff.Conversations conversations = fixture.conversations;
  final RecordedEvents events = fixture.events;
  final HandoffService handoff = fixture.handoff;
  final AgentDeskService desk = fixture.desk;
  AccessToken token = AccessToken.generate();

  @BeforeEach
  void agentsOnline() {
    for (String name : new String[] {"kari", "ola"}) {
      fixture.online(name, name.toUpperCase(), Role.AGENT);
    }
  }

  @Test
  @DisplayName("queued customers learn their position and estimate; the notice cites Art. 6(1)(f)")
  void queued() {
    ConversationId first = conversations.start(token, "track_parcel");
    ConversationId second = conversations.start(token);
    ConversationId third = conversations.start(token);

    handoff.join(first, token, KARI);
    clock.advance(Duration.ofSeconds(10));
    handoff.join(second, token, KARI);
    clock.advance(Duration.ofSeconds(10));
    HandoffStatus status = handoff.join(third, token, KARI);

    assertThat(status.state()).isEqualTo(HandoffState.QUEUED);
    assertThat(status.position()).isEqualTo(3);
    // 2 agents online, no closed chats yet: ((3 - 1) / 2 + 1) x 5 min
    assertThat(status.estimateSeconds()).isEqualTo(600);
    assertThat(status.notice().legalBasis()).isEqualTo("GDPR Art. 6(1)(f)");
    assertThat(conversations.escalated.get(third)).isTrue();
    assertThat(events.ofType(CustomerQueued.class)).hasSize(3);
    assertThat(desk.queue())
        .extracting(w -> w.conversation())
        .containsExactly(first, second, third);
    assertThat(desk.queue().get(0).recognisedIntents()).containsExactly("track_parcel");
  }

  @Test
  @DisplayName("closed, or nobody online: joining is refused and a message can be left instead")
  void closed() {
    ConversationId id = conversations.start(token);
    clock.advance(Duration.ofHours(10)); // 22:00 in Oslo
    assertThatThrownBy(() -> handoff.join(id, token, KARI))
        .isInstanceOf(IllegalStateException.class);

    HandoffStatus status = handoff.leaveOfflineMessage(id, token, KARI, "Please call me");
    assertThat(status.state()).isEqualTo(HandoffState.OFFLINE_REQUEST_LEFT);
    assertThat(status.open()).isFalse();
    assertThat(status.nextOpening()).isNotNull();
    assertThat(desk.offlineRequests())
        .extracting(r -> r.offlineMessage())
        .containsExactly("Please call me");
  }

  @Test
  @DisplayName("an agent who signs in counts as online at once, before any heartbeat")
  void onlineAtSignIn() {
    // given customer service is open but everybody signed out
    agents.all().forEach(Agent::signedOut);
    ConversationId id = conversations.start(token);
    assertThat(handoff.status(id, token).available()).isFalse();

    // when an agent signs in
    new AgentAccountService(agents, PLAIN, clock)
        .authenticate("kari", "long-password".toCharArray());

    // then a customer can join the queue at once
    assertThat(handoff.status(id, token).agentsOnline()).isEqualTo(1);
    assertThat(handoff.join(id, token, KARI).state()).isEqualTo(HandoffState.QUEUED);
  }

  @Test
  @DisplayName("the notice gives the reason for asking; the legal basis is its own field, once")
  void legalBasisOnce() {
    ConversationId id = conversations.start(token);

    var notice = handoff.status(id, token).notice();

    assertThat(notice.legalBasis()).isEqualTo("GDPR Art. 6(1)(f)");
    assertThat(notice.text()).contains("name, e-mail and phone").doesNotContain("6(1)(f)");
  }

  @Test
  @DisplayName("the wrong token sees nothing")
  void token() {
    ConversationId id = conversations.start(token);
    assertThatThrownBy(() -> handoff.status(id, AccessToken.generate()))
        .isInstanceOf(ConversationNotFoundException.class);
  }

  @Test
  @DisplayName("a customer is taken once; only their agent writes and closes, with a category")
  void takeChatClose() {
    ConversationId id = conversations.start(token);
    handoff.join(id, token, KARI);
    clock.advance(Duration.ofMinutes(2));

    desk.take(id, "kari");
    assertThatThrownBy(() -> desk.take(id, "ola")).isInstanceOf(ChatAlreadyTakenException.class);
    assertThat(handoff.status(id, token).agentName()).isEqualTo("KARI");
    assertThat(events.ofType(AgentChatStarted.class)).hasSize(1);
    // statistics learn the wait, without the conversation or the people in it
    assertThat(events.ofType(QueueWaitMeasured.class))
        .singleElement()
        .satisfies(m -> assertThat(m.waited()).isEqualTo(Duration.ofMinutes(2)));

    desk.send(id, "kari", "Hi, how can I help?");
    desk.note(id, "kari", "internal only");
    assertThatThrownBy(() -> desk.send(id, "ola", "me too"))
        .isInstanceOf(NotYourChatException.class);
    assertThat(conversations.messages.get(id))
        .extracting(m -> m.text())
        .contains("Hi, how can I help?")
        .doesNotContain("internal only");

    clock.advance(Duration.ofMinutes(6));
    assertThatThrownBy(() -> desk.close(id, "kari", null))
        .isInstanceOf(IllegalArgumentException.class);
    desk.close(id, "kari", ContactCategory.COMPLAINT);

    assertThat(events.ofType(AgentChatClosed.class))
        .singleElement()
        .satisfies(e -> assertThat(e.category()).isEqualTo(ContactCategory.COMPLAINT));
    assertThat(events.ofType(ChatHandlingMeasured.class))
        .singleElement()
        .satisfies(m -> assertThat(m.handled()).isEqualTo(Duration.ofMinutes(6)));
    assertThat(conversations.escalated.get(id)).isFalse();
    assertThat(handoff.status(id, token).state()).isEqualTo(HandoffState.CLOSED);
    // the measured handling time (6 min) now drives the estimate; the consoles are still open
    desk.heartbeat("kari");
    desk.heartbeat("ola");
    ConversationId next = conversations.start(token);
    assertThat(handoff.join(next, token, KARI).estimateSeconds()).isEqualTo(360);
    assertThat(desk.overview().averageHandling()).isEqualTo(Duration.ofMinutes(6));
    assertThat(desk.overview().averageWait()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  @DisplayName("leaving the queue gives the customer back to the bot; they may come back later")
  void leave() {
    ConversationId id = conversations.start(token);
    handoff.join(id, token, KARI);
    assertThat(handoff.leave(id, token).state()).isEqualTo(HandoffState.LEFT);
    assertThat(conversations.escalated.get(id)).isFalse();
    assertThat(desk.queue()).isEmpty();
    assertThat(handoff.join(id, token, KARI).state()).isEqualTo(HandoffState.QUEUED);
  }

  @Test
  @DisplayName("a transferred chat belongs to the colleague")
  void transfer() {
    ConversationId id = conversations.start(token);
    handoff.join(id, token, KARI);
    desk.take(id, "kari");
    desk.transfer(id, "kari", "ola");
    assertThat(desk.chatsInProgress("ola")).hasSize(1);
    assertThatThrownBy(() -> desk.close(id, "kari", ContactCategory.ADVICE))
        .isInstanceOf(NotYourChatException.class);
  }
}
