package io.postbot.chat.domain.model.conversation;

import io.postbot.shared.StateConflictException;

/** Thrown when someone writes to a conversation the customer has already ended. */
public class ConversationEndedException extends StateConflictException {

  public ConversationEndedException() {
    super("conversation-ended", "conversation.ended", "the conversation has ended");
  }
}
