package io.postbot.feedback.domain.model.survey;

import io.postbot.shared.ConversationId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Invitations and answers of the feedback context. */
public interface SurveyRepository {

  void invite(SurveyInvitation invitation);

  Optional<SurveyInvitation> invitation(SurveyToken token);

  /**
   * Marks the invitation answered if it was not yet, atomically in the database; true for exactly
   * one caller.
   */
  boolean markAnswered(SurveyToken token, Instant now);

  void add(Survey survey);

  List<Survey> answeredSince(Instant since);

  int eraseInvitations(Collection<ConversationId> conversations);
}
