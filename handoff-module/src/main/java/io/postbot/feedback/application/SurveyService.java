package io.postbot.feedback.application;

import io.postbot.chat.api.ConversationHandoff;
import io.postbot.feedback.api.FeedbackEraser;
import io.postbot.feedback.api.SurveyAlreadyAnsweredException;
import io.postbot.feedback.api.SurveyAnswered;
import io.postbot.feedback.api.SurveyFacade;
import io.postbot.feedback.api.SurveyNotFoundException;
import io.postbot.feedback.api.SurveyView;
import io.postbot.feedback.domain.model.survey.Score;
import io.postbot.feedback.domain.model.survey.Survey;
import io.postbot.feedback.domain.model.survey.SurveyInvitation;
import io.postbot.feedback.domain.model.survey.SurveyRepository;
import io.postbot.feedback.domain.model.survey.SurveyToken;
import io.postbot.handoff.api.HandoffRecords;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** Survey use cases: invite after a closed chat, answer once, erase invitations. */
@ApplicationScoped
@Transactional
public class SurveyService implements SurveyFacade, FeedbackEraser {

  @Inject SurveyRepository surveys;
  @Inject HandoffRecords handoffs;
  @Inject ConversationHandoff conversations;
  @Inject Event<Object> events;
  @Inject Clock clock;

  protected SurveyService() {}

  public SurveyService(
      SurveyRepository surveys,
      HandoffRecords handoffs,
      ConversationHandoff conversations,
      Event<Object> events,
      Clock clock) {
    this.surveys = surveys;
    this.handoffs = handoffs;
    this.conversations = conversations;
    this.events = events;
    this.clock = clock;
  }

  /** A new one-time invitation; the token is returned once and kept only as its hash. */
  public SurveyToken invite(ConversationId conversation, Language language) {
    SurveyToken token = SurveyToken.generate();
    surveys.invite(new SurveyInvitation(token, conversation, language, clock.instant()));
    return token;
  }

  /** Who to e-mail the survey link to, read from the handoff context, never stored here. */
  public record Invitation(String email, Language language, SurveyToken token) {}

  /**
   * After a chat was closed: invites the customer and shows the link in their conversation. Empty
   * if the handoff is gone already.
   */
  public Optional<Invitation> inviteAfterClose(ConversationId conversation) {
    var record = handoffs.record(conversation);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    Language language = conversations.transcriptForAgent(conversation).language();
    SurveyToken token = invite(conversation, language);
    conversations.postSystemNotice(
        conversation,
        language == Language.NB
            ? "Hvordan var kontakten med kundeservice? Gi gjerne en vurdering fra 1 til 5 (frivillig)."
            : "How was your contact with customer service? You may rate it from 1 to 5 (voluntary).",
        new io.postbot.chat.api.attachment.SurveyInvitation(token.value()));
    return Optional.of(new Invitation(record.get().email(), language, token));
  }

  @Override
  public SurveyView survey(String token) {
    SurveyInvitation invitation = invitation(token);
    return new SurveyView(invitation.language().code(), invitation.isAnswered());
  }

  @Override
  public void answer(String token, int score, String comment) {
    SurveyToken parsed = parse(token);
    SurveyInvitation invitation =
        surveys.invitation(parsed).orElseThrow(SurveyNotFoundException::new);
    Instant now = clock.instant();
    Score rating = new Score(score);
    if (invitation.isAnswered()) {
      throw new SurveyAlreadyAnsweredException();
    }
    // The database decides between two simultaneous answers: only one update matches. Any refusal
    // after it (expired link, overlong comment) rolls the update back with the transaction.
    if (!surveys.markAnswered(parsed, now)) {
      throw new SurveyAlreadyAnsweredException();
    }
    Survey survey = invitation.answer(rating, comment, now);
    surveys.add(survey);
    events.fire(new SurveyAnswered(score, survey.language(), now));
  }

  @Override
  public int erase(Collection<ConversationId> conversations) {
    return surveys.eraseInvitations(conversations);
  }

  private SurveyInvitation invitation(String token) {
    return surveys.invitation(parse(token)).orElseThrow(SurveyNotFoundException::new);
  }

  private static SurveyToken parse(String token) {
    try {
      return new SurveyToken(token);
    } catch (IllegalArgumentException e) {
      throw new SurveyNotFoundException();
    }
  }
}
