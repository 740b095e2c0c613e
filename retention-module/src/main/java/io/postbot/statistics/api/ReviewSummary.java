package io.postbot.statistics.api;

/**
 * Where the review stands over the recent days asked for: samples still to review, and what the
 * reviewed ones said.
 */
public record ReviewSummary(
    int days, long unreviewed, long confirmed, long corrected, long newTopics) {

  /** Share of reviewed questions the bot got right, or -1 before any review. */
  public double shareRight() {
    long reviewed = confirmed + corrected;
    return reviewed == 0 ? -1 : (double) confirmed / reviewed;
  }
}
