package io.postbot.chat.api;

import io.postbot.shared.InvalidInputException;

/**
 * A button the customer clicked under a bot message: the intent it stands for, answered without
 * guessing, and its label, which is what the customer appears to have said in the transcript.
 */
public record QuickReply(String intent, String label) {

  public QuickReply {
    if (intent == null || !intent.matches("[a-z][a-z0-9_]{1,63}")) {
      throw new InvalidInputException(
          "invalid-message",
          "quick-reply.invalid",
          "not an intent id: lower case letters, digits and _");
    }
    if (label == null || label.isBlank()) {
      throw new InvalidInputException(
          "invalid-message",
          "quick-reply.label",
          "a quick reply needs the label the customer clicked");
    }
  }
}
