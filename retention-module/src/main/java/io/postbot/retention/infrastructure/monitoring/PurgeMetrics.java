package io.postbot.retention.infrastructure.monitoring;

import io.postbot.retention.application.PurgeObserver;
import io.postbot.retention.application.RetentionBacklog;
import io.postbot.retention.domain.model.purge.PurgeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * MicroProfile Metrics of the purge: {@code postbot_retention_purged{kind=...}} (exported as
 * postbot_retention_purged_total), the records erased, and {@code
 * postbot_retention_oldest_overdue_seconds}, how long the oldest overdue bot conversation has
 * outlived its expiry (0 when the purge keeps up), and {@code postbot_retention_purge_behind}, 1
 * when that is beyond the tolerance (the purge stopped or cannot keep up: alert on it). Without a
 * metrics runtime the numbers are simply not published.
 */
@ApplicationScoped
public class PurgeMetrics implements PurgeObserver {

  static final String PURGED = "postbot_retention_purged";
  static final String OVERDUE = "postbot_retention_oldest_overdue_seconds";
  static final String BEHIND = "postbot_retention_purge_behind";

  @Inject Instance<MetricRegistry> registry;
  @Inject Instance<RetentionBacklog> backlog;
  private boolean gaugeRegistered;

  @Override
  public void erased(PurgeKind kind, int count) {
    if (registry.isResolvable()) {
      registry
          .get()
          .counter(PURGED, new Tag("kind", kind.name().toLowerCase(Locale.ROOT)))
          .inc(count);
    }
  }

  /** Registers the gauge; called once at start-up. */
  public synchronized void publish() {
    if (registry.isResolvable() && !gaugeRegistered) {
      for (PurgeKind kind : PurgeKind.values()) {
        erased(kind, 0); // every counter is visible from the start, at zero
      }
      RetentionBacklog source = backlog.get();
      registry.get().gauge(OVERDUE, () -> source.oldestBotOverdue().toSeconds());
      registry.get().gauge(BEHIND, () -> source.isBehind() ? 1 : 0);
      gaugeRegistered = true;
    }
  }
}
