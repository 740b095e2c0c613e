package io.postbot.chat.api;

/**
 * A quick reply naming an intent the bot does not have: no button ever offered it, so it is refused
 * instead of being answered and counted in the statistics.
 */
public class UnknownQuickReplyException extends IllegalArgumentException {

  public UnknownQuickReplyException() {
    super("this quick reply is not one the bot offers");
  }
}
