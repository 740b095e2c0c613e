package io.postbot.handoff.domain.model.contact;

/** The name a customer gives while queued: 1 to 100 printable characters, trimmed. */
public record PersonName(String value) {

  public static final int MAX_LENGTH = 100;

  public PersonName {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("please give your name");
    }
    value = value.strip().replaceAll("\\s+", " ");
    if (value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a name has at most 100 printable characters");
    }
  }

  @Override
  public String toString() {
    return "PersonName[redacted]";
  }
}
