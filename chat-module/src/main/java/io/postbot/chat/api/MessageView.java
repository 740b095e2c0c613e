package io.postbot.chat.api;

import io.postbot.chat.api.attachment.Attachments;
import java.util.Objects;

/**
 * One message as the customer sees it. The id is its position in the conversation, the resume point
 * for fetching what came after. Its extras (buttons, cards, offers...) are typed attachments.
 */
public record MessageView(
    int id, String author, String text, java.time.Instant time, Attachments attachments) {

  public MessageView {
    attachments = Objects.requireNonNullElse(attachments, Attachments.none());
  }
}
