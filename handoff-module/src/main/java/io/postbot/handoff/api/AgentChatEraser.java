package io.postbot.handoff.api;

import io.postbot.shared.ConversationId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Erasure port of the handoff context, called by retention: it names the agent chats whose
 * retention period has run out and erases everything the context holds about a conversation (queue
 * entry, contact details, agent messages and notes, survey invitation tokens).
 */
public interface AgentChatEraser {

  /**
   * Conversations whose agent chat was closed before the cutoff, oldest first, at most {@code
   * limit}; {@code complaints} selects complaint chats (true) or all other categories (false).
   */
  List<ConversationId> closedBefore(boolean complaints, Instant cutoff, int limit);

  /**
   * Conversations whose agent chat never closed (still waiting, in progress, or an offline request
   * never answered) and has not changed since the cutoff (queued or taken before it), oldest first,
   * at most {@code limit}: without a rule of their own they would be kept for ever.
   */
  List<ConversationId> neverClosedSince(Instant cutoff, int limit);

  /** Erases the handoff data of these conversations; returns how many had any. Idempotent. */
  int erase(Collection<ConversationId> conversations);
}
