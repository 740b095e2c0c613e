package io.postbot.bench.load;

import io.postbot.bench.Progress;
import io.postbot.bench.measure.Latencies;
import io.postbot.bench.measure.Summary;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * N customers, each writing one message per interval at planned times (spread over the interval, so
 * they do not all write at once). Latency counts from the planned time, not from when the request
 * could be sent: a slow answer delays the customer's next message, and that wait is part of what
 * the customer sees (no coordinated omission).
 */
public final class PacedLoop {

  private final List<? extends LoadCustomer> customers;
  private final Duration interval;
  private final AtomicInteger inFlight = new AtomicInteger();

  private final LongSupplier cpu;

  /**
   * @param cpu the server's CPU nanoseconds so far, to report CPU time per exchange
   */
  public PacedLoop(List<? extends LoadCustomer> customers, Duration interval, LongSupplier cpu) {
    this.customers = List.copyOf(customers);
    this.interval = interval;
    this.cpu = cpu;
  }

  public Summary run(Duration warmUp, Duration measured, Progress progress)
      throws InterruptedException {
    Latencies latencies = new Latencies(cpu);
    AtomicBoolean stopped = new AtomicBoolean();
    long origin = System.nanoTime();
    for (int i = 0; i < customers.size(); i++) {
      long phase = interval.toNanos() * i / customers.size();
      schedule(customers.get(i), origin + phase, latencies, stopped);
    }
    progress.phase("warm-up", warmUp, latencies);
    Thread.sleep(warmUp.toMillis());
    latencies.start();
    progress.phase("measuring", measured, latencies);
    Thread.sleep(measured.toMillis());
    latencies.stop();
    stopped.set(true);
    progress.done();
    InFlight.awaitNone(inFlight);
    return latencies.summary();
  }

  /** Prepares (not timed) right after the previous answer, then waits for the planned time. */
  private void schedule(
      LoadCustomer customer, long plannedAt, Latencies latencies, AtomicBoolean stopped) {
    customer
        .prepare()
        .whenComplete((ready, failed) -> {
          long delay = plannedAt - System.nanoTime();
          CompletableFuture.delayedExecutor(Math.max(0, delay), TimeUnit.NANOSECONDS)
              .execute(() -> send(customer, plannedAt, latencies, stopped));
        });
  }

  private void send(
      LoadCustomer customer, long plannedAt, Latencies latencies, AtomicBoolean stopped) {
    if (stopped.get()) {
      return;
    }
    inFlight.incrementAndGet();
    customer
        .exchange()
        .whenComplete((result, failure) -> {
          inFlight.decrementAndGet();
          if (failure == null) {
            latencies.record(System.nanoTime() - plannedAt);
          } else {
            latencies.error();
          }
          schedule(customer, plannedAt + interval.toNanos(), latencies, stopped);
        });
  }
}
