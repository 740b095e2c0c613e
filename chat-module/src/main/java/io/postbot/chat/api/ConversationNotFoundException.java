package io.postbot.chat.api;

/**
 * No conversation answers to this id and token. Deliberately the same for "does not exist" and "not
 * yours", so nobody can probe for other customers' conversations.
 */
public class ConversationNotFoundException extends RuntimeException {

  public ConversationNotFoundException() {
    super("conversation not found");
  }
}
