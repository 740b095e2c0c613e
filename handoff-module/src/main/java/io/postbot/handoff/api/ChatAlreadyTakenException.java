package io.postbot.handoff.api;

/** Another agent took this customer first, or they left the queue. */
public class ChatAlreadyTakenException extends IllegalStateException {

  public ChatAlreadyTakenException() {
    super("another agent has taken this chat, or the customer left the queue");
  }
}
