package io.postbot.statistics.api;

/** The sample is gone: discarded by another reviewer, or never existed. */
public class ReviewSampleNotFoundException extends RuntimeException {

  public ReviewSampleNotFoundException() {
    super("this question is no longer among the review samples");
  }
}
