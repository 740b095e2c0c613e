package io.postbot.chat.api;

/**
 * The conversation has reached its maximum number of messages (postbot.chat.max-messages): the
 * customer is asked to start a new chat. It keeps every read, and each conversation's cost,
 * bounded.
 */
public class ConversationFullException extends RuntimeException {

  public ConversationFullException() {
    super("conversation full");
  }
}
