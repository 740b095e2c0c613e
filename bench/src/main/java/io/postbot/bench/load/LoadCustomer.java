package io.postbot.bench.load;

import java.util.concurrent.CompletableFuture;

/**
 * One simulated customer: what it does before each measured exchange (not timed, e.g. starting a
 * new conversation) and the exchange itself (timed from the request to the last byte of the
 * answer).
 */
public interface LoadCustomer {

  default CompletableFuture<?> prepare() {
    return CompletableFuture.completedFuture(null);
  }

  CompletableFuture<?> exchange();
}
