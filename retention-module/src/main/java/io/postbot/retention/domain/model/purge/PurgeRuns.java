package io.postbot.retention.domain.model.purge;

import java.util.List;

/** The audit trail of purge runs. */
public interface PurgeRuns {

  void add(PurgeRun run);

  /** The most recent runs, newest first. */
  List<PurgeRun> latest(int limit);
}
