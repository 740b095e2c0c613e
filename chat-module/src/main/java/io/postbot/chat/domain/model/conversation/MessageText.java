package io.postbot.chat.domain.model.conversation;

import io.postbot.shared.FreeText;
import io.postbot.shared.InvalidInputException;

/**
 * The text of one chat message: not blank, at most {@value #MAX_LENGTH} characters, control
 * characters other than line breaks removed.
 */
public record MessageText(String value) {

  public static final int MAX_LENGTH = 2000;

  public MessageText {
    if (value == null) {
      throw new InvalidInputException(
          "invalid-message", "message.required", "message text is required");
    }
    value = FreeText.clean(value);
    if (value.isEmpty()) {
      throw new InvalidInputException(
          "invalid-message", "message.blank", "message text must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidInputException(
          "invalid-message",
          "message.too-long",
          "message text is longer than " + MAX_LENGTH + " characters");
    }
  }

  @Override
  public String toString() {
    return "MessageText[" + value.length() + " chars]";
  }
}
