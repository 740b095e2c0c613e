package io.postbot.chat.application.models;

import io.postbot.chat.domain.model.understanding.TrainingProgress;

/**
 * Writes a training's progress to the database when its stage changes, and otherwise at most every
 * two seconds: the console shows it from any server, and the database is not flooded.
 */
final class ThrottledProgress implements TrainingProgress {

  private static final long INTERVAL_NANOS = 2_000_000_000L;

  private final int version;
  private final ModelLedger ledger;
  private String stage;
  private long lastWrite;

  ThrottledProgress(int version, ModelLedger ledger) {
    this.version = version;
    this.ledger = ledger;
  }

  @Override
  public synchronized void update(String next, int done, int total) {
    long now = System.nanoTime();
    if (!next.equals(stage) || now - lastWrite > INTERVAL_NANOS || done == total) {
      stage = next;
      lastWrite = now;
      ledger.progress(version, next, done, total);
    }
  }
}
