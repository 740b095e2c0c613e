package io.postbot.handoff.api;

/** The chat is handled by another agent; only they may write in it or close it. */
public class NotYourChatException extends IllegalStateException {

  public NotYourChatException() {
    super("this chat is handled by another agent");
  }
}
