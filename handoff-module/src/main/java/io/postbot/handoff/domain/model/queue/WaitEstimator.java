package io.postbot.handoff.domain.model.queue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Estimates how long a customer will wait, from how long agents recently took per chat:
 *
 * <pre>wait = ((position - 1) / agentsOnline + 1) x average handling time</pre>
 *
 * (integer division: with two agents online, positions 1 and 2 are served in the first round).
 * Without recent chats the default handling time stands in. Nobody online: no estimate.
 */
public final class WaitEstimator {

  /** Used until there are closed chats to learn from. */
  public static final Duration DEFAULT_HANDLING = Duration.ofMinutes(5);

  private WaitEstimator() {}

  public static Optional<Duration> estimate(
      int position, int agentsOnline, Duration averageHandling) {
    if (position < 1) {
      throw new IllegalArgumentException("queue positions start at 1");
    }
    if (agentsOnline < 1) {
      return Optional.empty();
    }
    long rounds = (position - 1) / agentsOnline + 1L;
    return Optional.of(averageHandling.multipliedBy(rounds));
  }

  /** The mean of recent handling times, or the default when there are none. */
  public static Duration average(List<Duration> recentHandlingTimes) {
    if (recentHandlingTimes.isEmpty()) {
      return DEFAULT_HANDLING;
    }
    long totalSeconds = recentHandlingTimes.stream().mapToLong(Duration::toSeconds).sum();
    return Duration.ofSeconds(Math.max(1, totalSeconds / recentHandlingTimes.size()));
  }
}
