package io.postbot.chat.api;

/** There is no earlier version to go back to (or its saved model is gone). */
public class NothingToRollBackException extends RuntimeException {

  public NothingToRollBackException(String why) {
    super(why);
  }
}
