package io.postbot.feedback.api;

/** No open survey answers to this link (never sent, erased or expired). */
public class SurveyNotFoundException extends RuntimeException {

  public SurveyNotFoundException() {
    super("no survey for this link");
  }
}
