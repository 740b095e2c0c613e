package io.postbot.chat.domain.model.conversation;

/**
 * A question the bot asked and is waiting for the customer to answer, so the next message is read
 * as its answer rather than as a new topic.
 */
public enum PendingQuestion {
  /** The bot asked for the number of the shipment to track. */
  TRACKING_NUMBER
}
