package io.postbot.statistics.api;

/**
 * How sure the bot was of a sampled question, in three bands, so that a stratified review sees
 * unsure answers as often as sure ones.
 */
public enum ConfidenceBand {
  /** Below 0.5: out of scope at the bot's threshold, or a coin toss. */
  LOW,
  /** 0.5 to below 0.8. */
  MEDIUM,
  /** 0.8 and above. */
  HIGH,
  /** Kept before the bot's confidence was recorded with a sample. */
  UNKNOWN;

  public static ConfidenceBand of(Double confidence) {
    if (confidence == null) {
      return UNKNOWN;
    }
    return confidence < 0.5 ? LOW : confidence < 0.8 ? MEDIUM : HIGH;
  }
}
