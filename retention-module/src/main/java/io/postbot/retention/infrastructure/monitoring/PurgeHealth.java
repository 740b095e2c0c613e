package io.postbot.retention.infrastructure.monitoring;

import io.postbot.retention.application.RetentionBacklog;
import io.postbot.retention.domain.model.policy.RetentionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness of the purge: DOWN when a record has outlived its retention by more than two purge
 * intervals and one hour, which means the purge has stopped or cannot keep up. It is a liveness
 * check, not readiness: customers can still be served, but the operator (or the orchestrator, by a
 * restart) must act. Shortening a retention period makes many records overdue at once; the check
 * stays DOWN until the purge has caught up, which at ~10,000 conversations a second takes minutes.
 */
@Liveness
@ApplicationScoped
public class PurgeHealth implements HealthCheck {

  @Inject RetentionBacklog backlog;
  @Inject RetentionPolicy policy;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("retention-purge");
    try {
      boolean behind = backlog.isBehind();
      return response
          .status(!behind)
          .withData("oldestOverdueSeconds", backlog.oldestBotOverdue().toSeconds())
          .withData("toleranceSeconds", policy.tolerance().toSeconds())
          .build();
    } catch (RuntimeException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
