package io.postbot.feedback.domain.model.survey;

import io.postbot.shared.Language;

/** Sends a survey link to the address the customer gave; false when mail is off or failed. */
public interface SurveyMail {

  boolean send(String to, Language language, String link);
}
