package io.postbot.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one customer conversation across all contexts: the bot chat, a handoff to an agent and
 * everything retention must erase with it.
 */
public record ConversationId(UUID value) {

  public ConversationId {
    Objects.requireNonNull(value, "conversation id");
  }

  public static ConversationId newId() {
    return new ConversationId(UUID.randomUUID());
  }

  /** Parses the textual form; anything that is not a UUID is rejected. */
  public static ConversationId parse(String text) {
    if (text == null || text.length() != 36) {
      throw new IllegalArgumentException("not a conversation id");
    }
    try {
      return new ConversationId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a conversation id", e);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
