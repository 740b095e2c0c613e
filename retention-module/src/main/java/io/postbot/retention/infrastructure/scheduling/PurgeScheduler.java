package io.postbot.retention.infrastructure.scheduling;

import io.postbot.retention.application.RetentionPurge;
import io.postbot.retention.domain.model.policy.RetentionPolicy;
import io.postbot.retention.infrastructure.monitoring.PurgeMetrics;
import io.postbot.shared.DatabaseAvailable;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the purge once every context has migrated its tables, then runs it every purge interval
 * (postbot.retention.purge-interval) on the server's managed scheduler; runs never overlap.
 */
@ApplicationScoped
public class PurgeScheduler {

  private static final Logger LOG = Logger.getLogger(PurgeScheduler.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService executor;

  @Inject RetentionPolicy policy;
  @Inject RetentionPurge purge;
  @Inject PurgeMetrics metrics;
  private ScheduledFuture<?> schedule;

  void start(@Observes @Priority(1000) DatabaseAvailable database) {
    long interval = policy.purgeInterval().approximateLength().toMillis();
    long first = Math.min(interval, Duration.ofMinutes(1).toMillis());
    schedule =
        executor.scheduleWithFixedDelay(this::runOnce, first, interval, TimeUnit.MILLISECONDS);
    metrics.publish();
    LOG.info(() -> "retention purge every " + policy.purgeInterval() + "; policy " + policy);
  }

  private void runOnce() {
    try {
      purge.run();
    } catch (RuntimeException e) {
      // Keep the schedule alive; the next run resumes. Never log the message: it may quote data.
      LOG.log(Level.WARNING, "purge run failed: " + e.getClass().getName());
    }
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}
