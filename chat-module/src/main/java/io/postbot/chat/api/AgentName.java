package io.postbot.chat.api;

/**
 * The name an agent shows the customer in the chat (a first name or a chosen display name): 1 to 60
 * printable characters.
 */
public record AgentName(String value) {

  public AgentName {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("an agent name is required");
    }
    value = value.strip();
    if (value.length() > 60 || value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("an agent name has at most 60 printable characters");
    }
  }
}
