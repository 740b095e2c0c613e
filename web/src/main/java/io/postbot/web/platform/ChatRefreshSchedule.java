package io.postbot.web.platform;

import io.postbot.chat.api.ChatRefresh;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every postbot.chat.refresh-interval (default 5 s) this server checks the database for a content
 * publication or an active model version made on another server, and takes it up: a publication or
 * a model activation reaches every server of a cluster without a restart. The check is two small
 * queries; another server's live signal calls the same refresh at once
 * (cluster.ContentFollowsSignals).
 */
@ApplicationScoped
public class ChatRefreshSchedule {

  private static final Logger LOG = Logger.getLogger(ChatRefreshSchedule.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject ChatRefresh refresh;

  @Inject
  @ConfigProperty(name = "postbot.chat.refresh-interval", defaultValue = "PT5S")
  String interval;

  private ScheduledFuture<?> schedule;

  void start(@Observes ApplicationStarted started) {
    long every = Duration.parse(interval).toMillis();
    if (every <= 0) {
      throw new IllegalArgumentException("postbot.chat.refresh-interval must be positive");
    }
    schedule = scheduler.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.MILLISECONDS);
  }

  private void runOnce() {
    try {
      refresh.catchUp();
    } catch (RuntimeException e) {
      // Keep the schedule alive: the next check tries again. The message may quote content.
      LOG.log(Level.WARNING, "content and model refresh failed: " + e.getClass().getName());
    }
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }
}
