package io.postbot.retention.infrastructure.persistence;

import io.postbot.retention.domain.model.purge.PurgeLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The purge lease as one row of {@code retention_lock}, taken by a conditional update: the database
 * lets only one transaction update the row at a time, so of two servers trying at once exactly one
 * sees its update count 1. Plain SQL that H2 and PostgreSQL both run.
 */
@ApplicationScoped
public class DatabasePurgeLock implements PurgeLock {

  @PersistenceContext(unitName = "retention")
  EntityManager em;

  public DatabasePurgeLock() {}

  /** For tests outside the container. */
  public DatabasePurgeLock(EntityManager em) {
    this.em = em;
  }

  @Override
  public boolean tryAcquire(String holder, Instant now, Instant until) {
    return em.createNativeQuery(
                "update retention_lock set holder = ?1, lease_until = ?2"
                    + " where name = 'purge' and (holder = ?1 or holder is null or lease_until < ?3)")
            .setParameter(1, holder)
            .setParameter(2, until)
            .setParameter(3, now)
            .executeUpdate()
        == 1;
  }

  @Override
  public void release(String holder) {
    em.createNativeQuery(
            "update retention_lock set holder = null where name = 'purge' and holder = ?1")
        .setParameter(1, holder)
        .executeUpdate();
  }
}
