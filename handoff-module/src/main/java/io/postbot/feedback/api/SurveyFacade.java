package io.postbot.feedback.api;

/**
 * The customer's voluntary feedback after an agent chat: read the invitation behind a survey link
 * and answer it once. Answers keep no contact details.
 */
public interface SurveyFacade {

  /** The invitation's language and whether it is still open; SurveyNotFound otherwise. */
  SurveyView survey(String token);

  /** Answers once: score 1 to 5, optional comment; a second answer is refused. */
  void answer(String token, int score, String comment);
}
