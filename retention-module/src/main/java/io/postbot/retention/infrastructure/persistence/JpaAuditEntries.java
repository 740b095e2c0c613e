package io.postbot.retention.infrastructure.persistence;

import io.postbot.retention.domain.model.audit.AuditEntries;
import io.postbot.retention.domain.model.audit.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The audit log in the retention context's table. */
@ApplicationScoped
public class JpaAuditEntries implements AuditEntries {

  @PersistenceContext(unitName = "retention")
  EntityManager em;

  public JpaAuditEntries() {}

  /** For tests outside the container. */
  public JpaAuditEntries(EntityManager em) {
    this.em = em;
  }

  @Override
  public void append(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<AuditEntry> latest(int limit) {
    return em.createQuery("select e from AuditEntry e order by e.at desc", AuditEntry.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public int deleteBefore(Instant cutoff) {
    return em.createQuery("delete from AuditEntry e where e.at < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
