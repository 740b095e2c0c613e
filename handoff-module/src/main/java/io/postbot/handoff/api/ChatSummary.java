package io.postbot.handoff.api;

import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;

/** One agent chat or offline request in a console list. */
public record ChatSummary(
    ConversationId conversation,
    String state,
    Language language,
    String customerName,
    String agent,
    Instant queuedAt,
    Instant takenAt,
    ContactCategory category,
    String offlineMessage) {

  /** The same summary without the customer's name, for those who may not see contact details. */
  public ChatSummary withoutContact() {
    return new ChatSummary(
        conversation, state, language, null, agent, queuedAt, takenAt, category, offlineMessage);
  }
}
