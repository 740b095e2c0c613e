package io.postbot.statistics.api;

/** A sample is judged once; a second verdict (say, from a reviewer in another tab) is refused. */
public class SampleAlreadyReviewedException extends RuntimeException {

  public SampleAlreadyReviewedException() {
    super("this question has been reviewed already");
  }
}
