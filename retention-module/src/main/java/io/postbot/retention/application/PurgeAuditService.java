package io.postbot.retention.application;

import io.postbot.retention.api.PurgeAudit;
import io.postbot.retention.api.PurgeRunView;
import io.postbot.retention.domain.model.purge.PurgeRun;
import io.postbot.retention.domain.model.purge.PurgeRuns;
import io.postbot.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads the purge audit for operators. */
@ApplicationScoped
@Transactional
public class PurgeAuditService implements PurgeAudit {

  @Inject PurgeRuns runs;

  @Override
  public List<PurgeRunView> latest(int limit) {
    if (limit < 1 || limit > 1000) {
      throw new InvalidInputException(
          "invalid-query", "query.limit", "limit must be between 1 and 1000");
    }
    return runs.latest(limit).stream().map(PurgeAuditService::view).toList();
  }

  static PurgeRunView view(PurgeRun run) {
    return new PurgeRunView(
        run.kind().name(),
        run.startedAt(),
        run.finishedAt(),
        run.duration().toMillis(),
        run.erased(),
        run.batches(),
        run.outcome().name(),
        run.reason());
  }
}
