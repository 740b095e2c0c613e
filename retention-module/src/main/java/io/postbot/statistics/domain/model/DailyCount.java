package io.postbot.statistics.domain.model;

import io.postbot.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * How many questions of one intent, in one language, had one outcome on one day. Built from events
 * that never carried personal data, and keyed by nothing that points to a person or a conversation,
 * so erasing conversations leaves the statistics true and complete.
 */
@Entity
@Table(name = "statistics_daily_count")
@IdClass(DailyCount.Key.class)
public class DailyCount {

  @Id
  @Column(name = "count_day")
  private LocalDate day;

  @Id
  @Column(length = 64)
  private String intent;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 2)
  private Language language;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Outcome outcome;

  @Column(name = "occurrences", nullable = false)
  private long count;

  protected DailyCount() {}

  public LocalDate day() {
    return day;
  }

  public String intent() {
    return intent;
  }

  public Language language() {
    return language;
  }

  public Outcome outcome() {
    return outcome;
  }

  public long count() {
    return count;
  }

  /** The composite key: day, intent, language, outcome. */
  public record Key(LocalDate day, String intent, Language language, Outcome outcome)
      implements Serializable {
    public Key() {
      this(null, null, null, null);
    }
  }
}
