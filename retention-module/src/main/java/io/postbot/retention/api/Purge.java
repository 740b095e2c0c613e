package io.postbot.retention.api;

import java.time.Duration;

/**
 * The retention purge, for whatever schedules it (the web module's managed scheduler): how often it
 * should run, and one run now. Runs of several servers never overlap: a database lease admits one.
 */
public interface Purge {

  /** The configured purge interval (postbot.retention.purge-interval). */
  Duration interval();

  /** Runs every retention rule once; returns the number of conversations erased. */
  int runNow();
}
