package io.postbot.retention.application;

import java.util.function.Supplier;

/** Runs a piece of work in a transaction of its own, committed when it returns. */
public interface Transactions {

  <T> T inNewTransaction(Supplier<T> work);
}
