package io.postbot.chat.domain.model.conversation;

/** Thrown when someone writes to a conversation the customer has already ended. */
public class ConversationEndedException extends IllegalStateException {

  public ConversationEndedException() {
    super("the conversation has ended");
  }
}
