package io.postbot.handoff.api;

import io.postbot.shared.ConversationId;
import java.util.List;
import java.util.Optional;

/**
 * Data-subject access to the handoff context: which conversations hold a person's contact details,
 * and what is stored about each. Used by retention for access and erasure requests.
 */
public interface HandoffRecords {

  /** Conversations whose handoff contact details carry this e-mail address (case-insensitive). */
  List<ConversationId> byEmail(String email);

  /**
   * Conversations whose handoff contact details carry this phone number (E.164, e.g. +4712345678).
   */
  List<ConversationId> byPhone(String e164Phone);

  /** What the handoff context stores about one conversation, if it was handed to an agent. */
  Optional<HandoffRecord> record(ConversationId conversation);
}
