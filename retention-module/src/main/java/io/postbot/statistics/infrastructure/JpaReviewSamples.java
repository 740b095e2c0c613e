package io.postbot.statistics.infrastructure;

import io.postbot.statistics.api.Verdict;
import io.postbot.statistics.domain.model.ReviewSample;
import io.postbot.statistics.domain.model.ReviewSamples;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Review samples in the statistics context's table. */
@ApplicationScoped
public class JpaReviewSamples implements ReviewSamples {

  @PersistenceContext(unitName = "statistics")
  EntityManager em;

  public JpaReviewSamples() {}

  /** For tests outside the container. */
  public JpaReviewSamples(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<ReviewSample> unreviewedSince(LocalDate since, int limit) {
    return em.createQuery(
            "select s from ReviewSample s where s.day >= :since and s.verdict is null"
                + " order by s.day desc",
            ReviewSample.class)
        .setParameter("since", since)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<ReviewSample> find(UUID id) {
    return Optional.ofNullable(em.find(ReviewSample.class, id));
  }

  @Override
  public void discard(UUID id) {
    em.createQuery("delete from ReviewSample s where s.id = :id")
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  public List<ReviewSample> reviewed(Verdict verdict, int limit) {
    return em.createQuery(
            "select s from ReviewSample s where s.verdict = :verdict order by s.reviewedOn desc",
            ReviewSample.class)
        .setParameter("verdict", verdict)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countUnreviewedSince(LocalDate since) {
    return em.createQuery(
            "select count(s) from ReviewSample s where s.day >= :since and s.verdict is null",
            Long.class)
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public long countReviewedSince(LocalDate since, Verdict verdict) {
    return em.createQuery(
            "select count(s) from ReviewSample s where s.day >= :since and s.verdict = :verdict",
            Long.class)
        .setParameter("since", since)
        .setParameter("verdict", verdict)
        .getSingleResult();
  }
}
