package io.postbot.statistics.application;

import io.postbot.statistics.domain.model.DailyCount;
import io.postbot.statistics.domain.model.Statistics;
import io.postbot.statistics.infrastructure.JpaStatistics;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/**
 * What the container does around a write: a transaction of its own, committed, or rolled back with
 * a fresh persistence context when anything in it failed. Counts its writes.
 */
final class WritesInTransactions extends StatisticsWriter {

  private final EntityManager em;
  int writes;

  WritesInTransactions(EntityManager em) {
    this(em, new JpaStatistics(em));
  }

  WritesInTransactions(EntityManager em, Statistics statistics) {
    super(statistics);
    this.em = em;
  }

  @Override
  public void write(Map<DailyCount.Key, Long> counts, List<PendingRow> rows) {
    em.getTransaction().begin();
    try {
      super.write(counts, rows);
      em.getTransaction().commit();
      writes++;
    } catch (RuntimeException e) {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.clear();
      throw e;
    }
  }
}
