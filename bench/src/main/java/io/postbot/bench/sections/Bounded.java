package io.postbot.bench.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs many asynchronous steps (start a conversation, open a socket) with a bounded number in
 * flight, as a crowd of customers arriving rather than all in the same millisecond.
 */
final class Bounded {

  private Bounded() {}

  /** Completed steps' results in order; a failed step leaves null and is counted by the caller. */
  static <T> List<T> all(int count, int inFlight, IntFunction<CompletableFuture<T>> step)
      throws InterruptedException {
    return all(count, inFlight, step, failure -> {});
  }

  /** As {@link #all(int, int, IntFunction)}, and tells each failure to {@code failures}. */
  static <T> List<T> all(
      int count, int inFlight, IntFunction<CompletableFuture<T>> step, Consumer<Throwable> failures)
      throws InterruptedException {
    Semaphore permits = new Semaphore(inFlight);
    List<CompletableFuture<T>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      permits.acquire();
      CompletableFuture<T> future;
      try {
        future = step.apply(i);
      } catch (RuntimeException e) {
        future = CompletableFuture.failedFuture(e);
      }
      futures.add(future.whenComplete((result, failure) -> permits.release()));
    }
    List<T> results = new ArrayList<>();
    for (CompletableFuture<T> future : futures) {
      results.add(
          future
              .handle((result, failure) -> {
                if (failure != null) {
                  failures.accept(failure);
                }
                return failure == null ? result : null;
              })
              .join());
    }
    return results;
  }
}
