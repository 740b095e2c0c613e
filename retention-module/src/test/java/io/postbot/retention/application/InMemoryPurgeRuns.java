package io.postbot.retention.application;

import io.postbot.retention.domain.model.purge.PurgeLock;
import io.postbot.retention.domain.model.purge.PurgeRun;
import io.postbot.retention.domain.model.purge.PurgeRuns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The purge audit and lease in memory, for use-case tests. */
class InMemoryPurgeRuns implements PurgeRuns, PurgeLock {

  final List<PurgeRun> runs = new ArrayList<>();
  String holder;
  Instant leaseUntil = Instant.EPOCH;

  @Override
  public void add(PurgeRun run) {
    runs.add(run);
  }

  @Override
  public List<PurgeRun> latest(int limit) {
    return runs.stream()
        .sorted(Comparator.comparing(PurgeRun::startedAt).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public boolean tryAcquire(String who, Instant now, Instant until) {
    if (who.equals(holder) || holder == null || leaseUntil.isBefore(now)) {
      holder = who;
      leaseUntil = until;
      return true;
    }
    return false;
  }

  @Override
  public void release(String who) {
    if (who.equals(holder)) {
      holder = null;
    }
  }
}
