package io.postbot.statistics.domain.model;

import io.postbot.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One measured value, kept so that percentiles and distributions can be computed for any range of
 * days: a queue wait, a handling time or a survey score, with only its day and language. It names
 * no conversation, agent or customer, so retention and erasure leave it alone.
 */
@Entity
@Table(name = "statistics_measurement")
public class Measurement {

  @Id private UUID id;

  @Column(name = "measured_day", nullable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private MeasurementKind kind;

  @Column(name = "amount", nullable = false)
  private long amount;

  protected Measurement() {}

  public Measurement(LocalDate day, Language language, MeasurementKind kind, long amount) {
    if (amount < 0) {
      throw new IllegalArgumentException("a measurement is not negative");
    }
    if (kind == MeasurementKind.SATISFACTION && (amount < 1 || amount > 5)) {
      throw new IllegalArgumentException("a survey score lies between 1 and 5");
    }
    this.id = UUID.randomUUID();
    this.day = Objects.requireNonNull(day);
    this.language = Objects.requireNonNull(language);
    this.kind = Objects.requireNonNull(kind);
    this.amount = amount;
  }

  public LocalDate day() {
    return day;
  }

  public Language language() {
    return language;
  }

  public MeasurementKind kind() {
    return kind;
  }

  public long amount() {
    return amount;
  }
}
