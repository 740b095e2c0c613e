package io.postbot.statistics.api;

/** What a reviewer said about the bot's understanding of a sampled question. */
public enum Verdict {
  /** The bot understood it right. */
  CONFIRMED,
  /** The bot should have understood another intent. */
  CORRECTED,
  /** A topic the bot has no intent for yet. */
  NEW_TOPIC
}
