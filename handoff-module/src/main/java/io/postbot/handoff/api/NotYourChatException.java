package io.postbot.handoff.api;

import io.postbot.shared.StateConflictException;

/** The chat is handled by another agent; only they may write in it or close it. */
public class NotYourChatException extends StateConflictException {

  public NotYourChatException() {
    super("not-your-chat", "chat.not-yours", "this chat is handled by another agent");
  }
}
