package io.postbot.statistics.infrastructure;

import io.postbot.shared.Language;
import io.postbot.statistics.domain.model.DailyCount;
import io.postbot.statistics.domain.model.Measurement;
import io.postbot.statistics.domain.model.MeasurementKind;
import io.postbot.statistics.domain.model.Outcome;
import io.postbot.statistics.domain.model.ReviewSample;
import io.postbot.statistics.domain.model.Statistics;
import io.postbot.statistics.domain.model.UnansweredQuestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Statistics in the statistics context's own tables. */
@ApplicationScoped
public class JpaStatistics implements Statistics {

  @PersistenceContext(unitName = "statistics")
  EntityManager em;

  public JpaStatistics() {}

  /** For tests outside the container. */
  public JpaStatistics(EntityManager em) {
    this.em = em;
  }

  @Override
  public void count(LocalDate day, String intent, Language language, Outcome outcome, long n) {
    // An update first: after the first write of a day, a count is a one-row update. An update that
    // adds (not a read and a write) keeps another server's additions. Portable SQL (H2 and
    // PostgreSQL): a server that loses the race to a day's first insert fails its whole write,
    // which the caller keeps pending and tries again, when the update finds the row.
    int updated =
        em.createQuery(
                "update DailyCount c set c.count = c.count + :n where c.day = :day"
                    + " and c.intent = :intent and c.language = :language and c.outcome = :outcome")
            .setParameter("n", n)
            .setParameter("day", day)
            .setParameter("intent", intent)
            .setParameter("language", language)
            .setParameter("outcome", outcome)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "insert into statistics_daily_count (count_day, intent, language, outcome, occurrences)"
                  + " values (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, day)
          .setParameter(2, intent)
          .setParameter(3, language.name())
          .setParameter(4, outcome.name())
          .setParameter(5, n)
          .executeUpdate();
    }
  }

  @Override
  public void sample(ReviewSample sample) {
    em.persist(sample);
  }

  @Override
  public List<DailyCount> countsOf(LocalDate day) {
    return em.createQuery("select c from DailyCount c where c.day = :day", DailyCount.class)
        .setParameter("day", day)
        .getResultList();
  }

  @Override
  public List<ReviewSample> samplesOf(LocalDate day) {
    return em.createQuery("select s from ReviewSample s where s.day = :day", ReviewSample.class)
        .setParameter("day", day)
        .getResultList();
  }

  @Override
  public void measure(Measurement measurement) {
    em.persist(measurement);
  }

  @Override
  public void unanswered(UnansweredQuestion question) {
    em.persist(question);
  }

  @Override
  public List<DailyCount> countsBetween(LocalDate from, LocalDate to) {
    return em.createQuery(
            "select c from DailyCount c where c.day between :from and :to", DailyCount.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<Long> amounts(
      MeasurementKind kind, LocalDate from, LocalDate to, Optional<Language> language) {
    return em.createQuery(
            "select m.amount from Measurement m where m.kind = :kind"
                + " and m.day between :from and :to"
                + " and (:any = true or m.language = :language) order by m.amount",
            Long.class)
        .setParameter("kind", kind)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("any", language.isEmpty())
        .setParameter("language", language.orElse(Language.EN))
        .getResultList();
  }

  @Override
  public List<UnansweredQuestion> unansweredBetween(
      LocalDate from, LocalDate to, Optional<Language> language, int limit) {
    return em.createQuery(
            "select q from UnansweredQuestion q where q.day between :from and :to"
                + " and (:any = true or q.language = :language) order by q.day desc",
            UnansweredQuestion.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("any", language.isEmpty())
        .setParameter("language", language.orElse(Language.EN))
        .setMaxResults(limit)
        .getResultList();
  }
}
