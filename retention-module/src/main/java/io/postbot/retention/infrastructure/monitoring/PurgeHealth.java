package io.postbot.retention.infrastructure.monitoring;

import io.postbot.retention.application.RetentionBacklog;
import io.postbot.retention.domain.model.policy.RetentionPolicy;
import io.postbot.shared.Recent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The purge's entry in readiness: whether it is behind (a record outlived its retention by more
 * than two purge intervals and one hour, so the purge stopped or cannot keep up) and by how much.
 * Being behind does not make the node unready: every node shares the one backlog, so it would take
 * every node out at once, and customers can still be served; the operator alerts on the metric
 * {@code postbot_retention_purge_behind}. The entry is DOWN only when the backlog cannot be read,
 * that is when the database is unreachable. It is never a liveness check: liveness must not depend
 * on the database, or a database blip would make an orchestrator restart every node. The entry is
 * at most {@link #MAX_AGE} old: the backlog's queries run once a second, however often probes ask.
 */
@Readiness
@ApplicationScoped
public class PurgeHealth implements HealthCheck {

  @Inject RetentionBacklog backlog;
  @Inject RetentionPolicy policy;

  static final Duration MAX_AGE = Duration.ofSeconds(1);

  private final Recent<HealthCheckResponse> recent = new Recent<>(this::check, MAX_AGE);

  @Override
  public HealthCheckResponse call() {
    return recent.get();
  }

  private HealthCheckResponse check() {
    var response = HealthCheckResponse.named("retention-purge");
    try {
      boolean behind = backlog.isBehind();
      return response
          .up()
          .withData("behind", behind)
          .withData("oldestOverdueSeconds", backlog.oldestBotOverdue().toSeconds())
          .withData("toleranceSeconds", policy.tolerance().toSeconds())
          .build();
    } catch (RuntimeException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
