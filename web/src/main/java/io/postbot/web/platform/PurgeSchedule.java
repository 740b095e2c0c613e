package io.postbot.web.platform;

import io.postbot.retention.api.AdminAuditLog;
import io.postbot.retention.api.Purge;
import io.postbot.shared.ApplicationStarted;
import jakarta.annotation.PreDestroy;
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
 * Runs the retention purge every postbot.retention.purge-interval on the server's managed
 * scheduler, first one interval (at most a minute) after start-up. Runs never overlap on one server
 * (fixed delay) nor across servers (the purge's database lease). It lives in the web module because
 * only the web module's components may use server resources on every application server.
 */
@ApplicationScoped
public class PurgeSchedule {

  private static final Logger LOG = Logger.getLogger(PurgeSchedule.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject Purge purge;
  @Inject AdminAuditLog audit;
  private ScheduledFuture<?> schedule;

  void start(@Observes ApplicationStarted started) {
    long interval = purge.interval().toMillis();
    long first = Math.min(interval, Duration.ofMinutes(1).toMillis());
    schedule =
        scheduler.scheduleWithFixedDelay(this::runOnce, first, interval, TimeUnit.MILLISECONDS);
    LOG.info(() -> "retention purge every " + purge.interval());
  }

  private void runOnce() {
    try {
      purge.runNow();
      audit.purgeExpired();
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
