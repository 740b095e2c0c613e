package io.postbot.statistics.api;

import java.time.Duration;
import java.util.List;

/**
 * Measured durations in the range (queue waits or handling times): the median, 90th and 95th
 * percentile and the longest, by the nearest-rank method; all zero when nothing was measured.
 */
public record Percentiles(long measured, Duration p50, Duration p90, Duration p95, Duration max) {

  /** From seconds sorted smallest first. */
  public static Percentiles of(List<Long> sortedSeconds) {
    if (sortedSeconds.isEmpty()) {
      return new Percentiles(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }
    return new Percentiles(
        sortedSeconds.size(),
        rank(sortedSeconds, 50),
        rank(sortedSeconds, 90),
        rank(sortedSeconds, 95),
        Duration.ofSeconds(sortedSeconds.getLast()));
  }

  private static Duration rank(List<Long> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return Duration.ofSeconds(sorted.get(Math.max(0, index)));
  }
}
