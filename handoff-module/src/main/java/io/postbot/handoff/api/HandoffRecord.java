package io.postbot.handoff.api;

import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import io.postbot.shared.LegalBasis;
import java.time.Instant;
import java.util.List;

/**
 * Everything the handoff context stores about one conversation, for a data-subject export: contact
 * details (legal basis Art. 6(1)(f)), the agent messages and notes, the closing category and when
 * the chat was closed (null while open).
 */
public record HandoffRecord(
    ConversationId conversation,
    String name,
    String email,
    String phone,
    LegalBasis legalBasis,
    ContactCategory category,
    Instant queuedAt,
    Instant closedAt,
    List<String> internalNotes) {}
