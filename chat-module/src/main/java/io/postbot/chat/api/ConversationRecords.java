package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import java.util.List;
import java.util.Optional;

/**
 * Data-subject access to the chat context, for operators answering a person's request: which
 * conversations mention a tracking number, and everything stored about one conversation.
 */
public interface ConversationRecords {

  /**
   * Conversations with a message mentioning this tracking number (case and spaces ignored), newest
   * first, at most {@code limit}.
   */
  List<ConversationId> mentioningTrackingNumber(String trackingNumber, int limit);

  /**
   * Conversations with a message containing this text (an e-mail address or phone number a customer
   * typed), ignoring case, spaces and dashes, newest first, at most {@code limit}.
   */
  List<ConversationId> mentioning(String text, int limit);

  /** What the chat context stores about one conversation, if it exists. */
  Optional<ConversationRecord> record(ConversationId conversation);
}
