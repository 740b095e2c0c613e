package io.postbot.chat.api;

import java.util.List;
import java.util.Objects;

/**
 * What one message of the customer led to: the message as stored (its id and time are the server's,
 * so a client never has to guess them) and the bot's replies, none while a person answers.
 */
public record Exchange(MessageView sent, List<MessageView> replies) {

  public Exchange {
    Objects.requireNonNull(sent, "the stored customer message");
    replies = List.copyOf(replies);
  }
}
