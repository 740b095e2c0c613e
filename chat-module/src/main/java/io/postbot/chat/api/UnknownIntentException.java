package io.postbot.chat.api;

/** An intent id that the published content does not define. */
public class UnknownIntentException extends RuntimeException {

  public UnknownIntentException(String intent) {
    super("the content has no intent '" + intent + "'");
  }
}
