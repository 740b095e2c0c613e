package io.postbot.web.platform;

import io.postbot.shared.ApplicationStarted;
import io.postbot.statistics.api.PendingStatistics;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the statistics counted in memory once a second ({@link PendingStatistics#INTERVAL}) on the
 * server's managed scheduler: one transaction a second instead of some a bot reply. Writes never
 * overlap on one server (fixed delay); several servers' writes add up. The statistics context
 * writes what is left itself when the application stops. It lives in the web module because only
 * the web module's components may use server resources on every application server.
 */
@ApplicationScoped
public class StatisticsSchedule {

  private static final Logger LOG = Logger.getLogger(StatisticsSchedule.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject PendingStatistics pending;
  private ScheduledFuture<?> schedule;

  void start(@Observes ApplicationStarted started) {
    long every = PendingStatistics.INTERVAL.toMillis();
    schedule = scheduler.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.MILLISECONDS);
  }

  private void runOnce() {
    try {
      pending.writeNow();
    } catch (RuntimeException e) {
      // Keep the schedule alive: a failed write keeps its figures for the next one.
      LOG.log(Level.WARNING, "statistics write failed: " + e.getClass().getName());
    }
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}
