package io.postbot.bench.measure;

import java.util.Arrays;

/**
 * Records the latencies and errors of one measured phase from many threads. Every sample is kept (a
 * phase has at most a few hundred thousand), so percentiles are exact rather than binned.
 */
public final class Latencies {

  private long[] nanos = new long[1024];
  private int count;
  private int errors;
  private long startedAt;
  private long stoppedAt;

  /** Starts the clock of the phase; samples before this call are not part of it. */
  public synchronized void start() {
    count = 0;
    errors = 0;
    startedAt = System.nanoTime();
    stoppedAt = 0;
  }

  /** Stops the clock: later samples are dropped, so the phase's throughput stays honest. */
  public synchronized void stop() {
    stoppedAt = System.nanoTime();
  }

  public synchronized boolean running() {
    return startedAt != 0 && stoppedAt == 0;
  }

  public synchronized void record(long latencyNanos) {
    if (!running()) {
      return;
    }
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = latencyNanos;
  }

  /** A failed exchange (refused, timed out, an unexpected status): counted, never averaged in. */
  public synchronized void error() {
    if (running()) {
      errors++;
    }
  }

  public synchronized Summary summary() {
    long end = stoppedAt == 0 ? System.nanoTime() : stoppedAt;
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    return Summary.of(sorted, errors, (end - startedAt) / 1e9);
  }
}
