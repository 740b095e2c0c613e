package io.postbot.handoff.api;

import io.postbot.shared.StateConflictException;

/** Another agent took this customer first, or they left the queue. */
public class ChatAlreadyTakenException extends StateConflictException {

  public ChatAlreadyTakenException() {
    super(
        "chat-already-taken",
        "chat.already-taken",
        "another agent has taken this chat, or the customer left the queue");
  }
}
