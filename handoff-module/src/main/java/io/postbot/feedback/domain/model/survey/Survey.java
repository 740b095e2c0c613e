package io.postbot.feedback.domain.model.survey;

import io.postbot.shared.FreeText;
import io.postbot.shared.InvalidInputException;
import io.postbot.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer's voluntary answer on how the contact went: a score and an optional comment. Holds no
 * contact details and no link to the conversation, so answers are anonymous by construction.
 */
@Entity
@Table(name = "feedback_survey")
public class Survey {

  public static final int MAX_COMMENT = 1000;

  @Id private UUID id;

  @Column(nullable = false)
  private int score;

  @Column(length = MAX_COMMENT)
  private String comment;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  protected Survey() {}

  Survey(Score score, String comment, Language language, Instant answeredAt) {
    String trimmed = FreeText.clean(comment);
    if (trimmed != null && trimmed.length() > MAX_COMMENT) {
      throw new InvalidInputException(
          "invalid-survey-answer",
          "survey.comment-too-long",
          "a comment has at most 1000 characters");
    }
    this.id = UUID.randomUUID();
    this.score = score.value();
    this.comment = trimmed == null || trimmed.isEmpty() ? null : trimmed;
    this.language = language;
    this.answeredAt = answeredAt;
  }

  public Score score() {
    return new Score(score);
  }

  public String comment() {
    return comment;
  }

  public Language language() {
    return language;
  }

  public Instant answeredAt() {
    return answeredAt;
  }
}
