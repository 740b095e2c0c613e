package io.postbot.statistics.domain.model;

import io.postbot.shared.InvalidInputException;
import io.postbot.shared.Language;
import io.postbot.shared.redaction.RedactedText;
import io.postbot.statistics.api.ConfidenceBand;
import io.postbot.statistics.api.SampleAlreadyReviewedException;
import io.postbot.statistics.api.Verdict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer question picked at random for people who improve the bot's answers. It holds the
 * question only as redacted, the intent the bot understood with its confidence, and the day; no
 * conversation id and no exact time, so it cannot be traced back to a person or a chat. A reviewer
 * judges it once: the bot was right, it should have been another intent, or it is a topic the bot
 * does not know yet.
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

  /** The bot's confidence in {@link #intent}; unknown for samples kept before it was recorded. */
  @Column(name = "confidence")
  private Double confidence;

  @Enumerated(EnumType.STRING)
  @Column(name = "verdict", length = 16)
  private Verdict verdict;

  @Column(name = "right_intent", length = 64)
  private String rightIntent;

  @Column(name = "reviewed_on")
  private LocalDate reviewedOn;

  protected ReviewSample() {}

  public ReviewSample(LocalDate day, Language language, String intent, RedactedText question) {
    this(day, language, intent, null, question);
  }

  public ReviewSample(
      LocalDate day, Language language, String intent, Double confidence, RedactedText question) {
    if (confidence != null && (confidence < 0 || confidence > 1 || confidence.isNaN())) {
      throw new IllegalArgumentException("a confidence lies between 0 and 1");
    }
    this.id = UUID.randomUUID();
    this.day = Objects.requireNonNull(day);
    this.language = Objects.requireNonNull(language);
    this.intent = Objects.requireNonNull(intent);
    this.confidence = confidence;
    this.redactedText = question.value();
  }

  /** The bot understood the question right. */
  public void confirm(LocalDate on) {
    judge(Verdict.CONFIRMED, intent, on);
  }

  /** The bot should have understood another intent (or "out_of_scope": not to answer at all). */
  public void correct(String right, LocalDate on) {
    if (right == null || right.isBlank()) {
      throw new InvalidInputException(
          "invalid-correction",
          "review.correction-required",
          "a correction names the right intent");
    }
    if (right.equals(intent)) {
      throw new InvalidInputException(
          "invalid-correction",
          "review.correction-same",
          "a correction names another intent than the bot's");
    }
    judge(Verdict.CORRECTED, right, on);
  }

  /** The question is about something the bot has no intent for yet. */
  public void markNewTopic(LocalDate on) {
    judge(Verdict.NEW_TOPIC, null, on);
  }

  private void judge(Verdict given, String right, LocalDate on) {
    if (verdict != null) {
      throw new SampleAlreadyReviewedException();
    }
    this.verdict = given;
    this.rightIntent = right;
    this.reviewedOn = Objects.requireNonNull(on);
  }

  public UUID id() {
    return id;
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

  public Optional<Double> confidence() {
    return Optional.ofNullable(confidence);
  }

  public ConfidenceBand band() {
    return ConfidenceBand.of(confidence);
  }

  public String redactedText() {
    return redactedText;
  }

  public Optional<Verdict> verdict() {
    return Optional.ofNullable(verdict);
  }

  /** The intent the reviewer said is right (the bot's own when confirmed), if reviewed so. */
  public Optional<String> rightIntent() {
    return Optional.ofNullable(rightIntent);
  }

  public Optional<LocalDate> reviewedOn() {
    return Optional.ofNullable(reviewedOn);
  }
}
