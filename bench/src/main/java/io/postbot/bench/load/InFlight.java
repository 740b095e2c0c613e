package io.postbot.bench.load;

import java.util.concurrent.atomic.AtomicInteger;

/** Waiting for the requests of a finished phase, so the next phase starts on a quiet server. */
final class InFlight {

  /** Longer than any request may take (the client's timeout), so every request ends by then. */
  private static final long LIMIT_MS = 40_000;

  private InFlight() {}

  static void awaitNone(AtomicInteger inFlight) throws InterruptedException {
    long deadline = System.currentTimeMillis() + LIMIT_MS;
    while (inFlight.get() > 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
  }
}
