package io.postbot.statistics.api;

import io.postbot.shared.Language;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Which figures the dashboard shows: a range of days (both included, at most {@value #MAX_DAYS}
 * days) and one language or both.
 */
public record StatisticsQuery(LocalDate from, LocalDate to, Optional<Language> language) {

  public static final int MAX_DAYS = 366;

  public StatisticsQuery {
    if (from == null || to == null) {
      throw new IllegalArgumentException("choose the first and the last day");
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the last day comes before the first");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new IllegalArgumentException("a range spans at most " + MAX_DAYS + " days");
    }
    language = language == null ? Optional.empty() : language;
  }

  /** The last {@code days} days up to and including {@code today}, in both languages. */
  public static StatisticsQuery lastDays(LocalDate today, int days) {
    return new StatisticsQuery(today.minusDays(days - 1L), today, Optional.empty());
  }
}
