package io.postbot.statistics.domain.model;

import io.postbot.shared.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores the daily counts, measurements, unanswered questions and review samples. */
public interface Statistics {

  /**
   * Adds {@code n} to the count of this day, intent, language and outcome, starting it when the day
   * has none yet. It adds to what is stored, never sets it, so several servers' additions sum up.
   */
  void count(LocalDate day, String intent, Language language, Outcome outcome, long n);

  void sample(ReviewSample sample);

  List<DailyCount> countsOf(LocalDate day);

  List<ReviewSample> samplesOf(LocalDate day);

  void measure(Measurement measurement);

  void unanswered(UnansweredQuestion question);

  /** The daily counts from {@code from} to {@code to}, both included. */
  List<DailyCount> countsBetween(LocalDate from, LocalDate to);

  /** The measured amounts of a kind in the range, smallest first; both languages when empty. */
  List<Long> amounts(
      MeasurementKind kind, LocalDate from, LocalDate to, Optional<Language> language);

  /** The unanswered questions in the range, newest days first, at most {@code limit}. */
  List<UnansweredQuestion> unansweredBetween(
      LocalDate from, LocalDate to, Optional<Language> language, int limit);
}
