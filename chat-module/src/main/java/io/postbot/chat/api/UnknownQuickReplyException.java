package io.postbot.chat.api;

import io.postbot.shared.InvalidInputException;

/**
 * A quick reply naming an intent the bot does not have: no button ever offered it, so it is refused
 * instead of being answered and counted in the statistics.
 */
public class UnknownQuickReplyException extends InvalidInputException {

  public UnknownQuickReplyException() {
    super("invalid-message", "quick-reply.unknown", "this quick reply is not one the bot offers");
  }
}
