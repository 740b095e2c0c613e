package io.postbot.chat.application;

import java.util.function.Supplier;

/**
 * Runs a piece of a use case in a transaction of its own, so a use case can do its slow work (the
 * models, the carrier's API) between two short transactions and hold no connection meanwhile.
 */
public interface Transactions {

  /** Runs the work in a new transaction, committed when it returns, rolled back if it throws. */
  <T> T run(Supplier<T> work);
}
