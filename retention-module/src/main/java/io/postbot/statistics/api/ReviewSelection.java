package io.postbot.statistics.api;

/** How a review draws its questions from the recent samples. */
public enum ReviewSelection {
  /** Every unreviewed sample equally likely: the review sees what customers ask most. */
  UNIFORM,
  /**
   * Equal shares for each intent the bot understood and each confidence band (low, medium, high),
   * so rare intents and unsure answers are reviewed as often as the common, confident ones.
   */
  STRATIFIED
}
