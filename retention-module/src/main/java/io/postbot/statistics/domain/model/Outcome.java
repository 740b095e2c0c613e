package io.postbot.statistics.domain.model;

/** What happened to a customer's question, as statistics count it. */
public enum Outcome {
  /** The customer asked; counted under the intent the bot understood. */
  ASKED,
  /** The bot answered with the content of the intent. */
  ANSWERED,
  /** The bot could not answer (out of scope). */
  NOT_ANSWERED,
  /** A customer opened a conversation (counted under the intent "*"). */
  STARTED,
  /** A customer joined the queue for a person ("*"). */
  HANDED_OFF,
  /** Outside opening hours or with nobody online, a customer left a message ("*"). */
  LEFT_MESSAGE
}
