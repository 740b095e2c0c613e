package io.postbot.retention.application;

import io.postbot.retention.api.Purge;
import io.postbot.retention.domain.model.policy.RetentionPolicy;
import io.postbot.retention.domain.model.purge.PurgeRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The purge behind the api. Not transactional itself: {@link RetentionPurge} commits batch by
 * batch.
 */
@ApplicationScoped
public class PurgeService implements Purge {

  @Inject RetentionPolicy policy;
  @Inject RetentionPurge purge;

  @Override
  public Duration interval() {
    return policy.purgeInterval().approximateLength();
  }

  @Override
  public int runNow() {
    return purge.run().stream().mapToInt(PurgeRun::erased).sum();
  }
}
