package io.postbot.chat.domain.model.conversation;

import io.postbot.shared.FreeText;

/**
 * The text of one chat message: not blank, at most {@value #MAX_LENGTH} characters, control
 * characters other than line breaks removed.
 */
public record MessageText(String value) {

  public static final int MAX_LENGTH = 2000;

  public MessageText {
    if (value == null) {
      throw new IllegalArgumentException("message text is required");
    }
    value = FreeText.clean(value);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("message text must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "message text is longer than " + MAX_LENGTH + " characters");
    }
  }

  @Override
  public String toString() {
    return "MessageText[" + value.length() + " chars]";
  }
}
