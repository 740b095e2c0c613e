package io.postbot.statistics.domain.model;

/** What happened to a customer's question, as statistics count it. */
public enum Outcome {
  /** The customer asked; counted under the intent the bot understood. */
  ASKED,
  /** The bot answered with the content of the intent. */
  ANSWERED,
  /** The bot could not answer (out of scope). */
  NOT_ANSWERED
}
