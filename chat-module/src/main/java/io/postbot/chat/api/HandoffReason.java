package io.postbot.chat.api;

/** Why the bot offered the customer a person in customer service. */
public enum HandoffReason {
  /** The customer asked for a person (intent talk_to_human). */
  CUSTOMER_ASKED,
  /** The bot could not answer several questions in a row. */
  BOT_COULD_NOT_ANSWER,
  /** Looking up the customer's parcel failed. */
  TRACKING_FAILED
}
