package io.postbot.statistics.api;

import java.util.List;

/**
 * The survey's answers in the range: how many, their average, and how many gave each score.
 *
 * @param distribution five counts, for the scores 1 to 5
 */
public record Satisfaction(long answers, double average, List<Long> distribution) {

  public Satisfaction {
    distribution = List.copyOf(distribution);
    if (distribution.size() != 5) {
      throw new IllegalArgumentException("the survey has five scores");
    }
  }
}
