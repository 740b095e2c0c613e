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
import java.util.UUID;

/**
 * A customer question picked at random for people who improve the bot's answers. It holds the
 * question only as redacted, the intent the bot understood and the day; no conversation id and no
 * exact time, so it cannot be traced back to a person or a chat.
 */
@Entity
@Table(name = "statistics_review_sample")
public class ReviewSample {

  @Id private UUID id;

  @Column(name = "sample_day", nullable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Column(nullable = false, length = 64)
  private String intent;

  @Column(name = "redacted_text", nullable = false, length = 8000)
  private String redactedText;

  protected ReviewSample() {}

  public ReviewSample(LocalDate day, Language language, String intent, RedactedText question) {
    this.id = UUID.randomUUID();
    this.day = day;
    this.language = language;
    this.intent = intent;
    this.redactedText = question.value();
  }

  public LocalDate day() {
    return day;
  }

  public Language language() {
    return language;
  }

  public String intent() {
    return intent;
  }

  public String redactedText() {
    return redactedText;
  }
}
