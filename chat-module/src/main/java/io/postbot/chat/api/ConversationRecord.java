package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.shared.LegalBasis;
import java.time.Instant;
import java.util.List;

/**
 * Everything the chat context stores about one conversation, for a data-subject export: its legal
 * basis, when it started, was last active, was handed to an agent and ended (null when not), and
 * its messages.
 */
public record ConversationRecord(
    ConversationId conversation,
    Language language,
    LegalBasis legalBasis,
    Instant startedAt,
    Instant lastActivityAt,
    Instant escalatedAt,
    Instant endedAt,
    List<MessageView> messages) {

  public ConversationRecord {
    messages = List.copyOf(messages);
  }

  /** True when the conversation was handed to an agent: the agent-chat rule keeps it. */
  public boolean wasEscalated() {
    return escalatedAt != null;
  }
}
