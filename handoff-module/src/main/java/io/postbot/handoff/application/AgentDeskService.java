package io.postbot.handoff.application;

import io.postbot.chat.api.AgentName;
import io.postbot.chat.api.ConversationHandoff;
import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.attachment.HandoffNotice;
import io.postbot.handoff.api.AgentChatClosed;
import io.postbot.handoff.api.AgentChatStarted;
import io.postbot.handoff.api.AgentChatTransferred;
import io.postbot.handoff.api.AgentChatView;
import io.postbot.handoff.api.AgentDesk;
import io.postbot.handoff.api.AgentMessageSent;
import io.postbot.handoff.api.AgentPresence;
import io.postbot.handoff.api.AgentTyping;
import io.postbot.handoff.api.CannedResponseView;
import io.postbot.handoff.api.ChatAgent;
import io.postbot.handoff.api.ChatAlreadyTakenException;
import io.postbot.handoff.api.ChatHandlingMeasured;
import io.postbot.handoff.api.ChatNotFoundException;
import io.postbot.handoff.api.ChatSummary;
import io.postbot.handoff.api.NotYourChatException;
import io.postbot.handoff.api.QueueWaitMeasured;
import io.postbot.handoff.api.SupervisorOverview;
import io.postbot.handoff.api.WaitingCustomer;
import io.postbot.handoff.domain.model.agent.Agent;
import io.postbot.handoff.domain.model.agent.AgentRepository;
import io.postbot.handoff.domain.model.agent.Role;
import io.postbot.handoff.domain.model.agentchat.AgentChat;
import io.postbot.handoff.domain.model.agentchat.AgentChatRepository;
import io.postbot.handoff.domain.model.agentchat.AgentChatState;
import io.postbot.handoff.domain.model.agentchat.ChatAccess;
import io.postbot.handoff.domain.model.canned.CannedResponse;
import io.postbot.handoff.domain.model.canned.CannedResponseRepository;
import io.postbot.handoff.domain.model.queue.Queue;
import io.postbot.handoff.domain.model.queue.QueueEntry;
import io.postbot.handoff.domain.model.queue.QueueEntryRepository;
import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.shared.StateConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The agent's use cases behind the console; each call is one transaction. */
@ApplicationScoped
@Transactional
public class AgentDeskService implements AgentDesk {

  @Inject ConversationHandoff conversations;
  @Inject QueueEntryRepository queue;
  @Inject AgentChatRepository chats;
  @Inject AgentRepository agents;
  @Inject CannedResponseRepository canned;
  @Inject QueueStandings standings;
  @Inject TypingIndicators typing;
  @Inject Event<Object> events;
  @Inject Clock clock;

  protected AgentDeskService() {}

  /** For tests outside the container. */
  public AgentDeskService(
      ConversationHandoff conversations,
      QueueEntryRepository queue,
      AgentChatRepository chats,
      AgentRepository agents,
      CannedResponseRepository canned,
      Event<Object> events,
      Clock clock) {
    this.conversations = conversations;
    this.queue = queue;
    this.chats = chats;
    this.agents = agents;
    this.canned = canned;
    this.standings = new QueueStandings(queue, chats, agents);
    this.typing = new TypingIndicators(clock);
    this.events = events;
    this.clock = clock;
  }

  @Override
  public List<WaitingCustomer> queue() {
    Instant now = clock.instant();
    Queue current = standings.current();
    List<WaitingCustomer> waiting = new ArrayList<>();
    int position = 1;
    for (QueueEntry e : current.inOrder()) {
      waiting.add(
          new WaitingCustomer(
              e.conversation(),
              position++,
              e.language(),
              e.queuedAt(),
              e.waitedUntil(now),
              e.intents()));
    }
    return waiting;
  }

  @Override
  public List<ChatSummary> offlineRequests() {
    return chats.inState(AgentChatState.OFFLINE_REQUEST).stream().map(this::summary).toList();
  }

  @Override
  public List<ChatSummary> chatsInProgress(String agent) {
    return chats.inState(AgentChatState.IN_PROGRESS).stream()
        .filter(c -> agent == null || c.isHandledBy(agent))
        .map(this::summary)
        .toList();
  }

  @Override
  public void take(ConversationId id, String agent) {
    Agent taker = agent(agent);
    Instant now = clock.instant();
    if (!queue.claim(id, agent, now)) {
      throw new ChatAlreadyTakenException();
    }
    AgentChat chat = chats.find(id).orElseThrow(ChatAlreadyTakenException::new);
    chat.assignTo(agent, now);
    conversations.postSystemNotice(
        id,
        HandoffTexts.joined(chat.language(), taker.displayName()),
        notice(HandoffNotice.Change.JOINED, taker.displayName()));
    events.fire(new AgentChatStarted(id, agent, now));
    events.fire(
        new QueueWaitMeasured(chat.language(), Duration.between(chat.queuedAt(), now), now));
  }

  @Override
  public AgentChatView chat(ConversationId id, String viewer) {
    AgentChat chat = chats.find(id).orElseThrow(ChatNotFoundException::new);
    ChatAccess access = ChatAccess.of(chat, viewer, rolesOf(viewer));
    if (access == ChatAccess.NONE) {
      throw new ChatNotFoundException();
    }
    boolean full = access == ChatAccess.FULL;
    var contact = chat.contact();
    ChatSummary summary = summary(chat);
    return new AgentChatView(
        full ? summary : summary.withoutContact(),
        full ? contact.name() : null,
        full ? contact.email() : null,
        full ? contact.phone() : null,
        chat.legalBasis().citation(),
        full
            ? chat.notes().stream()
                .map(n -> new AgentChatView.Note(n.author(), n.text(), n.writtenAt()))
                .toList()
            : List.of(),
        conversations.transcriptForAgent(id),
        typing.customerIsTyping(id));
  }

  @Override
  public void send(ConversationId id, String agent, String text) {
    AgentChat chat = own(id, agent);
    if (chat.state() != AgentChatState.IN_PROGRESS) {
      throw new StateConflictException(
          "chat-not-in-progress", "chat.not-in-progress", "the chat is not in progress");
    }
    MessageView message =
        conversations.postAgentMessage(id, new AgentName(agent(agent).displayName()), text);
    events.fire(new AgentMessageSent(id, message.id(), message.time()));
  }

  @Override
  public void typing(ConversationId id, String agent) {
    AgentChat chat = chats.find(id).orElseThrow(ChatNotFoundException::new);
    if (!ChatAccess.mayType(chat, agent)) {
      throw new NotYourChatException();
    }
    events.fire(new AgentTyping(id, agent(agent).displayName()));
  }

  @Override
  public void note(ConversationId id, String agent, String text) {
    AgentChat chat = chats.find(id).orElseThrow(ChatNotFoundException::new);
    if (!ChatAccess.mayWriteNotes(chat, agent, rolesOf(agent))) {
      throw new NotYourChatException();
    }
    chat.addNote(agent, text, clock.instant());
  }

  @Override
  public void transfer(ConversationId id, String agent, String toAgent) {
    AgentChat chat = own(id, agent);
    Agent other =
        agents.find(toAgent).orElseThrow(() -> new IllegalArgumentException("no such agent"));
    chat.transferTo(other.username());
    conversations.postSystemNotice(
        id,
        HandoffTexts.transferred(chat.language(), other.displayName()),
        notice(HandoffNotice.Change.JOINED, other.displayName()));
    events.fire(new AgentChatTransferred(id, agent, toAgent, clock.instant()));
  }

  @Override
  public void close(ConversationId id, String agent, ContactCategory category) {
    AgentChat chat = chats.find(id).orElseThrow(() -> new IllegalArgumentException("no such chat"));
    if (chat.state() == AgentChatState.IN_PROGRESS && !chat.isHandledBy(agent)) {
      throw new NotYourChatException();
    }
    boolean wasLive = chat.state() == AgentChatState.IN_PROGRESS;
    Instant now = clock.instant();
    chat.close(category, agent, now);
    if (wasLive) {
      String name = agent(agent).displayName();
      conversations.postSystemNotice(
          id, HandoffTexts.left(chat.language(), name), notice(HandoffNotice.Change.LEFT, name));
      conversations.returnToBot(id);
    }
    events.fire(new AgentChatClosed(id, category, now));
    if (wasLive) {
      chat.handlingTime()
          .ifPresent(took -> events.fire(new ChatHandlingMeasured(chat.language(), took, now)));
    }
  }

  @Override
  public Optional<ChatAgent> agentOf(ConversationId id) {
    return chats
        .find(id)
        .filter(c -> c.state() == AgentChatState.IN_PROGRESS)
        .flatMap(c -> agents.find(c.agent()))
        .map(a -> new ChatAgent(a.username(), a.displayName()));
  }

  @Override
  public void customerTypingHeard(ConversationId id) {
    typing.heard(id);
  }

  @Override
  public void heartbeat(String agent) {
    agents.find(agent).ifPresent(a -> a.seen(clock.instant()));
  }

  @Override
  public void signedOut(String agent) {
    agents.find(agent).ifPresent(Agent::signedOut);
  }

  @Override
  public SupervisorOverview overview() {
    Instant now = clock.instant();
    List<AgentChat> inProgress = chats.inState(AgentChatState.IN_PROGRESS);
    Map<String, Long> load =
        inProgress.stream().collect(Collectors.groupingBy(AgentChat::agent, Collectors.counting()));
    List<AgentPresence> presence =
        agents.all().stream()
            .map(a ->
                AgentAccountService.presence(
                    a, now, load.getOrDefault(a.username(), 0L).intValue()))
            .toList();
    Queue current = standings.current();
    Duration longest =
        current.inOrder().stream()
            .map(e -> e.waitedUntil(now))
            .max(Duration::compareTo)
            .orElse(Duration.ZERO);
    List<Duration> waits = queue.waitsTakenSince(now.minus(QueueStandings.RECENT));
    List<Duration> handling = chats.handlingTimesClosedSince(now.minus(QueueStandings.RECENT));
    return new SupervisorOverview(
        presence,
        (int) presence.stream().filter(AgentPresence::online).count(),
        current.length(),
        longest,
        inProgress.size(),
        chats.inState(AgentChatState.OFFLINE_REQUEST).size(),
        mean(waits),
        waits.size(),
        mean(handling),
        handling.size());
  }

  @Override
  public List<CannedResponseView> cannedResponses(Language language) {
    return canned.in(language).stream().map(AgentDeskService::view).toList();
  }

  @Override
  public List<CannedResponseView> allCannedResponses() {
    return canned.all().stream().map(AgentDeskService::view).toList();
  }

  @Override
  public void addCannedResponse(Language language, String title, String text) {
    canned.add(new CannedResponse(language, title, text));
  }

  @Override
  public void removeCannedResponse(UUID id) {
    canned.remove(id);
  }

  private AgentChat own(ConversationId id, String agent) {
    AgentChat chat = chats.find(id).orElseThrow(() -> new IllegalArgumentException("no such chat"));
    if (!chat.isHandledBy(agent)) {
      throw new NotYourChatException();
    }
    return chat;
  }

  private Set<Role> rolesOf(String username) {
    return username == null
        ? Set.of()
        : agents.find(username).map(Agent::effectiveRoles).orElse(Set.of());
  }

  private Agent agent(String username) {
    return agents.find(username).orElseThrow(() -> new IllegalArgumentException("no such agent"));
  }

  private ChatSummary summary(AgentChat c) {
    return new ChatSummary(
        c.conversation(),
        c.state().name(),
        c.language(),
        c.contact().name(),
        c.agent(),
        c.queuedAt(),
        c.takenAt(),
        c.category(),
        c.offlineMessage());
  }

  private static CannedResponseView view(CannedResponse c) {
    return new CannedResponseView(c.id(), c.language(), c.title(), c.text());
  }

  private static Duration mean(List<Duration> durations) {
    return durations.isEmpty()
        ? null
        : Duration.ofSeconds(
            durations.stream().mapToLong(Duration::toSeconds).sum() / durations.size());
  }

  private static HandoffNotice notice(HandoffNotice.Change change, String agentName) {
    return HandoffNotice.of(change, new AgentName(agentName));
  }
}
