package io.postbot.retention.infrastructure.persistence;

import io.postbot.retention.domain.model.purge.PurgeRun;
import io.postbot.retention.domain.model.purge.PurgeRuns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The purge audit in the retention context's own table. */
@ApplicationScoped
public class JpaPurgeRuns implements PurgeRuns {

  @PersistenceContext(unitName = "retention")
  EntityManager em;

  public JpaPurgeRuns() {}

  /** For tests outside the container. */
  public JpaPurgeRuns(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(PurgeRun run) {
    em.persist(run);
  }

  @Override
  public List<PurgeRun> latest(int limit) {
    return em.createQuery("select r from PurgeRun r order by r.startedAt desc", PurgeRun.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
