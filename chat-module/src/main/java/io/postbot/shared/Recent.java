package io.postbot.shared;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A result that is worked out at most once per {@code maxAge}, by one caller at a time: for checks
 * that probes ask for far more often than the answer changes (readiness, asked by every balancer
 * and orchestrator, would otherwise cost database round trips per probe). While one caller works
 * out a new result, the others get the previous one at once instead of waiting for it.
 */
public final class Recent<T> {

  private record Stamped<T>(T value, long atNanos) {}

  private final Supplier<T> source;
  private final long maxAgeNanos;
  private final LongSupplier nanos;
  private final ReentrantLock working = new ReentrantLock();
  private volatile Stamped<T> last;

  public Recent(Supplier<T> source, Duration maxAge) {
    this(source, maxAge, System::nanoTime);
  }

  Recent(Supplier<T> source, Duration maxAge, LongSupplier nanos) {
    this.source = Objects.requireNonNull(source, "source");
    if (maxAge.isNegative()) {
      throw new IllegalArgumentException("maxAge must not be negative");
    }
    this.maxAgeNanos = maxAge.toNanos();
    this.nanos = Objects.requireNonNull(nanos, "nanos");
  }

  /** The last result if it is young enough, else a new one (or the last, while one is due). */
  public T get() {
    Stamped<T> seen = last;
    if (seen != null && nanos.getAsLong() - seen.atNanos() < maxAgeNanos) {
      return seen.value();
    }
    if (seen != null && !working.tryLock()) {
      return seen.value(); // another caller is working it out
    }
    if (seen == null) {
      working.lock(); // nothing to answer with yet: wait for the first result
    }
    try {
      Stamped<T> now = last;
      if (now != seen && now != null) {
        return now.value(); // worked out while this caller waited
      }
      T value = source.get();
      last = new Stamped<>(value, nanos.getAsLong());
      return value;
    } finally {
      working.unlock();
    }
  }
}
