package io.postbot.statistics.domain.model;

import io.postbot.shared.Language;
import java.time.LocalDate;
import java.util.List;

/** Stores the daily counts and the review samples. */
public interface Statistics {

  /** Adds one to the count of this day, intent, language and outcome. */
  void count(LocalDate day, String intent, Language language, Outcome outcome);

  void sample(ReviewSample sample);

  List<DailyCount> countsOf(LocalDate day);

  List<ReviewSample> samplesOf(LocalDate day);
}
