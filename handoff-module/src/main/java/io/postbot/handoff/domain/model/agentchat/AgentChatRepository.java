package io.postbot.handoff.domain.model.agentchat;

import io.postbot.shared.ConversationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Agent chats and what retention and data-subject requests need to find them. */
public interface AgentChatRepository {

  void add(AgentChat chat);

  Optional<AgentChat> find(ConversationId conversation);

  List<AgentChat> inState(AgentChatState state);

  /** Handling times (taken to closed) of chats closed since the given instant. */
  List<Duration> handlingTimesClosedSince(Instant since);

  List<ConversationId> closedBefore(boolean complaints, Instant cutoff, int limit);

  /** Chats never closed whose last change (queued, taken) was before the cutoff, oldest first. */
  List<ConversationId> neverClosedSince(Instant cutoff, int limit);

  List<ConversationId> byEmail(String normalisedEmail);

  List<ConversationId> byPhone(String e164);

  /** Erases the chats and their notes; returns how many existed. */
  int erase(Collection<ConversationId> conversations);
}
