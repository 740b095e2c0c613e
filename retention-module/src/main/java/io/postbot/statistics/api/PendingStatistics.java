package io.postbot.statistics.api;

import java.time.Duration;

/**
 * The statistics counted in memory since they were last written, for whatever schedules the writing
 * (the web module's managed scheduler). Counting in memory and writing once a second keeps the
 * database out of a bot reply: one transaction a second instead of two or three a reply.
 */
public interface PendingStatistics {

  /** How often the pending statistics should be written. */
  Duration INTERVAL = Duration.ofSeconds(1);

  /**
   * Writes every pending count, review sample, measurement and unanswered question in one
   * transaction. When that fails, everything stays pending for the next write.
   */
  void writeNow();
}
