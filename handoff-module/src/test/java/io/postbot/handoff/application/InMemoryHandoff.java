package io.postbot.handoff.application;

import io.postbot.chat.api.AccessToken;
import io.postbot.chat.api.AgentName;
import io.postbot.chat.api.AgentTranscript;
import io.postbot.chat.api.ConversationHandoff;
import io.postbot.chat.api.ConversationNotFoundException;
import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.attachment.AgentSignature;
import io.postbot.chat.api.attachment.Attachment;
import io.postbot.chat.api.attachment.Attachments;
import io.postbot.handoff.domain.model.agent.Agent;
import io.postbot.handoff.domain.model.agent.AgentRepository;
import io.postbot.handoff.domain.model.agentchat.AgentChat;
import io.postbot.handoff.domain.model.agentchat.AgentChatRepository;
import io.postbot.handoff.domain.model.agentchat.AgentChatState;
import io.postbot.handoff.domain.model.canned.CannedResponse;
import io.postbot.handoff.domain.model.canned.CannedResponseRepository;
import io.postbot.handoff.domain.model.queue.QueueEntry;
import io.postbot.handoff.domain.model.queue.QueueEntryRepository;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** In-memory stand-ins for the handoff repositories and the chat port, for use-case tests. */
final class InMemoryHandoff {

  private InMemoryHandoff() {}

  static final class Queue implements QueueEntryRepository {
    final Map<ConversationId, QueueEntry> entries = new HashMap<>();

    public void add(QueueEntry e) {
      entries.put(e.conversation(), e);
    }

    public Optional<QueueEntry> find(ConversationId c) {
      return Optional.ofNullable(entries.get(c));
    }

    public List<QueueEntry> waiting() {
      return entries.values().stream().filter(QueueEntry::isWaiting).toList();
    }

    public boolean claim(ConversationId c, String agent, Instant now) {
      return find(c).map(e -> e.take(agent, now)).orElse(false);
    }

    public List<Duration> waitsTakenSince(Instant since) {
      return entries.values().stream()
          .filter(e -> e.takenAt() != null)
          .map(e -> e.waitedUntil(e.takenAt()))
          .toList();
    }

    public void erase(ConversationId c) {
      entries.remove(c);
    }
  }

  static final class Chats implements AgentChatRepository {
    final Map<ConversationId, AgentChat> chats = new HashMap<>();

    public void add(AgentChat c) {
      chats.put(c.conversation(), c);
    }

    public Optional<AgentChat> find(ConversationId c) {
      return Optional.ofNullable(chats.get(c));
    }

    public List<AgentChat> inState(AgentChatState s) {
      return chats.values().stream().filter(c -> c.state() == s).toList();
    }

    public List<Duration> handlingTimesClosedSince(Instant since) {
      return chats.values().stream().flatMap(c -> c.handlingTime().stream()).toList();
    }

    public List<ConversationId> closedBefore(boolean complaints, Instant cutoff, int limit) {
      return List.of();
    }

    public List<ConversationId> neverClosedSince(Instant cutoff, int limit) {
      return List.of();
    }

    public List<ConversationId> byEmail(String e) {
      return List.of();
    }

    public List<ConversationId> byPhone(String p) {
      return List.of();
    }

    public int erase(Collection<ConversationId> ids) {
      int n = 0;
      for (ConversationId id : ids) {
        n += chats.remove(id) != null ? 1 : 0;
      }
      return n;
    }
  }

  static final class Agents implements AgentRepository {
    final Map<String, Agent> agents = new HashMap<>();

    public void add(Agent a) {
      agents.put(a.username(), a);
    }

    public Optional<Agent> find(String u) {
      return Optional.ofNullable(agents.get(u));
    }

    public List<Agent> all() {
      return List.copyOf(agents.values());
    }

    public long count() {
      return agents.size();
    }
  }

  static final class Canned implements CannedResponseRepository {
    final List<CannedResponse> all = new ArrayList<>();

    public void add(CannedResponse r) {
      all.add(r);
    }

    public List<CannedResponse> all() {
      return List.copyOf(all);
    }

    public List<CannedResponse> in(Language l) {
      return all.stream().filter(r -> r.language() == l).toList();
    }

    public boolean remove(UUID id) {
      return all.removeIf(r -> r.id().equals(id));
    }
  }

  /** The chat side: one conversation per id, its messages and whether a person has it. */
  static final class Conversations implements ConversationHandoff {
    final Map<ConversationId, List<MessageView>> messages = new HashMap<>();
    final Map<ConversationId, Boolean> escalated = new HashMap<>();
    final Map<ConversationId, AccessToken> tokens = new HashMap<>();
    final Clock clock;

    Conversations(Clock clock) {
      this.clock = clock;
    }

    ConversationId start(AccessToken token, String... intents) {
      ConversationId id = ConversationId.newId();
      tokens.put(id, token);
      List<MessageView> list = new ArrayList<>();
      for (String intent : intents) {
        list.add(new MessageView(list.size() + 1, "customer", "…", clock.instant(), null));
      }
      messages.put(id, list);
      intentsOf.put(id, List.of(intents));
      return id;
    }

    final Map<ConversationId, List<String>> intentsOf = new HashMap<>();

    public Language authorise(ConversationId id, AccessToken token) {
      if (!token.equals(tokens.get(id))) {
        throw new ConversationNotFoundException();
      }
      return Language.EN;
    }

    public void escalate(ConversationId id) {
      escalated.put(id, true);
    }

    public void returnToBot(ConversationId id) {
      escalated.put(id, false);
    }

    public MessageView postAgentMessage(ConversationId id, AgentName agent, String text) {
      return append(id, "agent", text, Attachments.of(new AgentSignature(agent)));
    }

    public MessageView postSystemNotice(ConversationId id, String text, Attachment attachment) {
      return append(id, "system", text, Attachments.of(attachment));
    }

    public AgentTranscript transcriptForAgent(ConversationId id) {
      return new AgentTranscript(
          id, Language.EN, clock.instant(), intentsOf.get(id), messages.get(id));
    }

    private MessageView append(
        ConversationId id, String author, String text, Attachments attachments) {
      List<MessageView> list = messages.get(id);
      MessageView m = new MessageView(list.size() + 1, author, text, clock.instant(), attachments);
      list.add(m);
      return m;
    }
  }
}
