package io.postbot.statistics.application;

import io.postbot.shared.Language;
import io.postbot.statistics.domain.model.DailyCount;
import io.postbot.statistics.domain.model.Measurement;
import io.postbot.statistics.domain.model.MeasurementKind;
import io.postbot.statistics.domain.model.Outcome;
import io.postbot.statistics.domain.model.ReviewSample;
import io.postbot.statistics.domain.model.Statistics;
import io.postbot.statistics.domain.model.UnansweredQuestion;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The real statistics, watched: the counts each write adds, and a database that can go away. Away,
 * it fails a write at its review sample (after handing it to the entity manager), as when the
 * database goes in the middle of a write: what ran before it is rolled back.
 */
final class WatchedStatistics implements Statistics {

  private final Statistics real;
  final List<String> added = new ArrayList<>();
  boolean away;

  WatchedStatistics(Statistics real) {
    this.real = real;
  }

  @Override
  public void count(LocalDate day, String intent, Language language, Outcome outcome, long n) {
    real.count(day, intent, language, outcome, n);
    added.add(intent + "/" + outcome + "+" + n);
  }

  @Override
  public void sample(ReviewSample sample) {
    real.sample(sample);
    if (away) {
      throw new PersistenceException("the database went away");
    }
  }

  @Override
  public List<DailyCount> countsOf(LocalDate day) {
    return real.countsOf(day);
  }

  @Override
  public List<ReviewSample> samplesOf(LocalDate day) {
    return real.samplesOf(day);
  }

  @Override
  public void measure(Measurement measurement) {
    real.measure(measurement);
  }

  @Override
  public void unanswered(UnansweredQuestion question) {
    real.unanswered(question);
  }

  @Override
  public List<DailyCount> countsBetween(LocalDate from, LocalDate to) {
    return real.countsBetween(from, to);
  }

  @Override
  public List<Long> amounts(
      MeasurementKind kind, LocalDate from, LocalDate to, Optional<Language> language) {
    return real.amounts(kind, from, to, language);
  }

  @Override
  public List<UnansweredQuestion> unansweredBetween(
      LocalDate from, LocalDate to, Optional<Language> language, int limit) {
    return real.unansweredBetween(from, to, language, limit);
  }
}
