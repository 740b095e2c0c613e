package io.postbot.retention.infrastructure.monitoring;

import io.postbot.retention.application.RetentionBacklog;
import io.postbot.retention.domain.model.policy.RetentionPolicy;
import io.postbot.shared.ApplicationStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start-up: reads the retention policy, so an invalid setting fails the deployment with a
 * message naming its key, creates the retention beans inside the start-up context (the purge later
 * runs on a scheduler thread), and publishes the purge metrics.
 */
@ApplicationScoped
public class RetentionStartup {

  private static final Logger LOG = Logger.getLogger(RetentionStartup.class.getName());

  @Inject RetentionPolicy policy;
  @Inject RetentionBacklog backlog;
  @Inject PurgeMetrics metrics;

  void start(@Observes ApplicationStarted started) {
    RetentionPolicy checked = policy;
    backlog.oldestBotOverdue();
    metrics.publish();
    LOG.info(() -> "retention policy: " + checked);
  }
}
