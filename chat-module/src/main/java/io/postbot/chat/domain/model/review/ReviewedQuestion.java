package io.postbot.chat.domain.model.review;

import io.postbot.shared.Language;
import io.postbot.shared.redaction.RedactedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer's question, redacted, that a reviewer judged: what it means ({@code intent}, or
 * "out_of_scope") and whether the bot had understood it so. Confirmed and corrected questions are
 * real customer phrasing in the evaluation set; corrected ones are also learnt by the next model
 * version. One per language and text: judged again, the latest verdict counts.
 */
@Entity
@Table(name = "chat_reviewed_question")
public class ReviewedQuestion {

  /** Whether the bot had it right. */
  public enum Verdict {
    CONFIRMED,
    CORRECTED
  }

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(name = "language", nullable = false, length = 2)
  private Language language;

  @Column(name = "question", nullable = false, length = 2000)
  private String text;

  @Column(name = "intent", nullable = false, length = 64)
  private String intent;

  @Enumerated(EnumType.STRING)
  @Column(name = "verdict", nullable = false, length = 16)
  private Verdict verdict;

  @Column(name = "reviewed_at", nullable = false)
  private Instant reviewedAt;

  protected ReviewedQuestion() {}

  public ReviewedQuestion(
      Language language, RedactedText question, String intent, Verdict verdict, Instant at) {
    String text = question.value().strip();
    if (text.isEmpty() || text.length() > 2000) {
      throw new IllegalArgumentException("a reviewed question has 1 to 2000 characters");
    }
    this.id = UUID.randomUUID();
    this.language = Objects.requireNonNull(language);
    this.text = text;
    judged(intent, verdict, at);
  }

  /** A reviewer judged the same question again: the newest verdict stands. */
  public void judged(String meaning, Verdict given, Instant at) {
    if (meaning == null || !meaning.matches("[a-z][a-z0-9_]{1,63}")) {
      throw new IllegalArgumentException("not an intent id");
    }
    this.intent = meaning;
    this.verdict = Objects.requireNonNull(given);
    this.reviewedAt = Objects.requireNonNull(at);
  }

  public Language language() {
    return language;
  }

  public String text() {
    return text;
  }

  public String intent() {
    return intent;
  }

  public Verdict verdict() {
    return verdict;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public boolean isCorrection() {
    return verdict == Verdict.CORRECTED;
  }
}
