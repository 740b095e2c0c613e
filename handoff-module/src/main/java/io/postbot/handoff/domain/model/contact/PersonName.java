package io.postbot.handoff.domain.model.contact;

import io.postbot.shared.InvalidInputException;

/** The name a customer gives while queued: 1 to 100 printable characters, trimmed. */
public record PersonName(String value) {

  public static final int MAX_LENGTH = 100;

  public PersonName {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(
          "invalid-contact-details", "name.required", "please give your name");
    }
    value = value.strip().replaceAll("\\s+", " ");
    if (value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException(
          "invalid-contact-details",
          "name.too-long",
          "a name has at most 100 printable characters");
    }
  }

  @Override
  public String toString() {
    return "PersonName[redacted]";
  }
}
