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
 * N customers, each sending its next request as soon as the previous answer arrived (no think
 * time): the most load N customers who write one message at a time can make. A warm-up runs before
 * the measured phase; the phase ends after its duration, and answers to requests still in flight
 * then are not counted, but waited for, so that phases never overlap.
 */
public final class ClosedLoop {

  private final List<? extends LoadCustomer> customers;
  private final AtomicInteger inFlight = new AtomicInteger();

  private final LongSupplier cpu;

  /**
   * @param cpu the server's CPU nanoseconds so far, to report CPU time per exchange
   */
  public ClosedLoop(List<? extends LoadCustomer> customers, LongSupplier cpu) {
    this.customers = List.copyOf(customers);
    this.cpu = cpu;
  }

  public Summary run(Duration warmUp, Duration measured, Progress progress)
      throws InterruptedException {
    Latencies latencies = new Latencies(cpu);
    AtomicBoolean stopped = new AtomicBoolean();
    for (LoadCustomer customer : customers) {
      next(customer, latencies, stopped);
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

  private void next(LoadCustomer customer, Latencies latencies, AtomicBoolean stopped) {
    if (stopped.get()) {
      return;
    }
    customer
        .prepare()
        .thenCompose(ready -> timed(customer, latencies))
        .whenComplete((result, failure) -> {
          if (failure == null) {
            next(customer, latencies, stopped);
          } else {
            // a refused or broken exchange: pause a little rather than spin on it
            CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS)
                .execute(() -> next(customer, latencies, stopped));
          }
        });
  }

  private CompletableFuture<?> timed(LoadCustomer customer, Latencies latencies) {
    long sent = System.nanoTime();
    inFlight.incrementAndGet();
    return customer
        .exchange()
        .whenComplete((result, failure) -> {
          inFlight.decrementAndGet();
          if (failure == null) {
            latencies.record(System.nanoTime() - sent);
          } else {
            latencies.error();
          }
        });
  }
}
