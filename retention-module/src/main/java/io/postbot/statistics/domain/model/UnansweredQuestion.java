package io.postbot.statistics.domain.model;

import io.postbot.shared.Language;
import io.postbot.shared.redaction.RedactedText;
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
 * A question the bot could not answer, as the redactor left it, with its day and language only:
 * what customers ask that the content lacks. No conversation, no time of day.
 */
@Entity
@Table(name = "statistics_unanswered")
public class UnansweredQuestion {

  @Id private UUID id;

  @Column(name = "asked_day", nullable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Column(name = "redacted_text", nullable = false, length = 8000)
  private String redactedText;

  protected UnansweredQuestion() {}

  public UnansweredQuestion(LocalDate day, Language language, RedactedText question) {
    this.id = UUID.randomUUID();
    this.day = Objects.requireNonNull(day);
    this.language = Objects.requireNonNull(language);
    this.redactedText = question.value();
  }

  public LocalDate day() {
    return day;
  }

  public Language language() {
    return language;
  }

  public String redactedText() {
    return redactedText;
  }
}
