package io.postbot.bench.measure;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Records the latencies and errors of one measured phase from many threads. Every sample is kept (a
 * phase has at most a few hundred thousand), so percentiles are exact rather than binned.
 */
public final class Latencies {

  private final LongSupplier cpu;
  private long cpuAtStart;
  private long cpuAtStop;
  private long[] nanos = new long[1024];
  private int count;
  private int errors;
  private long startedAt;
  private long stoppedAt;

  /** Without CPU accounting. */
  public Latencies() {
    this(() -> 0);
  }

  /**
   * @param cpu CPU nanoseconds used so far by the process that does the work (the server, or this
   *     JVM for the in-process classifier), read at the phase's start and stop
   */
  public Latencies(LongSupplier cpu) {
    this.cpu = cpu;
  }

  /** Starts the clock of the phase; samples before this call are not part of it. */
  public synchronized void start() {
    count = 0;
    errors = 0;
    startedAt = System.nanoTime();
    stoppedAt = 0;
    cpuAtStart = cpu.getAsLong();
  }

  /** Stops the clock: later samples are dropped, so the phase's throughput stays honest. */
  public synchronized void stop() {
    if (stoppedAt == 0) {
      stoppedAt = System.nanoTime();
      cpuAtStop = cpu.getAsLong();
    }
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
    long cpuEnd = stoppedAt == 0 ? cpuAtStart : cpuAtStop;
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    return Summary.of(sorted, errors, (end - startedAt) / 1e9, (cpuEnd - cpuAtStart) / 1e9);
  }
}
