package io.postbot.retention.api;

import io.postbot.chat.api.MessageView;
import java.time.Instant;
import java.util.List;

/**
 * Everything stored about one person, found by an operator for an access request: per conversation,
 * what the chat context and the handoff context hold, each with its legal basis and the date it
 * will be erased. {@code truncated} says that more conversations matched than a report lists (the
 * operator then narrows the search, by conversation id).
 */
public record DataSubjectReport(
    String searchedBy,
    Instant generatedAt,
    List<ConversationData> conversations,
    boolean truncated) {

  public DataSubjectReport {
    conversations = List.copyOf(conversations);
  }

  /** One conversation of the person. */
  public record ConversationData(String conversation, ChatData chat, HandoffData handoff) {}

  /** The bot conversation: its legal basis, times, messages and erasure date. */
  public record ChatData(
      String legalBasis,
      String language,
      Instant startedAt,
      Instant lastActivityAt,
      Instant escalatedAt,
      Instant endedAt,
      Instant erasedBy,
      String retentionRule,
      List<MessageView> messages) {}

  /** The handoff to an agent: contact details, category, notes, legal basis and erasure date. */
  public record HandoffData(
      String name,
      String email,
      String phone,
      String legalBasis,
      String category,
      Instant queuedAt,
      Instant closedAt,
      Instant erasedBy,
      String retentionRule,
      List<String> internalNotes) {}
}
