package io.postbot.feedback.domain.model.survey;

import io.postbot.feedback.api.SurveyAlreadyAnsweredException;
import io.postbot.feedback.api.SurveyNotFoundException;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The invitation to rate a closed agent chat: a one-time token (stored hashed) that may be answered
 * once within {@link #VALIDITY}. It knows its conversation only so the invitation can be erased
 * with it; the answer itself is stored apart, without any link to the customer.
 */
@Entity
@Table(name = "feedback_invitation")
public class SurveyInvitation {

  public static final Duration VALIDITY = Duration.ofDays(14);

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "conversation_id", nullable = false)
  private java.util.UUID conversationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  protected SurveyInvitation() {}

  public SurveyInvitation(
      SurveyToken token, ConversationId conversation, Language language, Instant now) {
    this.tokenHash = token.hash();
    this.conversationId = conversation.value();
    this.language = language;
    this.invitedAt = now;
  }

  /** Takes the answer, once, while valid; the survey holds score and comment, nothing else. */
  public Survey answer(Score score, String comment, Instant now) {
    if (answeredAt != null) {
      throw new SurveyAlreadyAnsweredException();
    }
    if (!now.isBefore(invitedAt.plus(VALIDITY))) {
      throw new SurveyNotFoundException();
    }
    Survey survey = new Survey(score, comment, language, now);
    answeredAt = now;
    return survey;
  }

  public boolean isAnswered() {
    return answeredAt != null;
  }

  public Language language() {
    return language;
  }

  public ConversationId conversation() {
    return new ConversationId(conversationId);
  }
}
