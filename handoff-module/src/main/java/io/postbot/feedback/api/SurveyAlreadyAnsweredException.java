package io.postbot.feedback.api;

/** A survey link is answered once; the second answer is refused. */
public class SurveyAlreadyAnsweredException extends IllegalStateException {

  public SurveyAlreadyAnsweredException() {
    super("this survey has already been answered, thank you");
  }
}
