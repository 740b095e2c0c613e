package io.postbot.chat.application;

import java.util.function.Supplier;

/** For use-case tests without a database: the work simply runs; it counts and tells when. */
final class ImmediateTransactions implements Transactions {

  private int open;
  int started;

  @Override
  public <T> T run(Supplier<T> work) {
    open++;
    started++;
    try {
      return work.get();
    } finally {
      open--;
    }
  }

  /** True while some work runs "in a transaction". */
  boolean isOpen() {
    return open > 0;
  }
}
