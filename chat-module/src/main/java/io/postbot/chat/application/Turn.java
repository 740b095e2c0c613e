package io.postbot.chat.application;

import io.postbot.chat.domain.model.knowledge.IntentId;
import java.util.List;

/**
 * The bot's side of one exchange: what it took the customer's message to be about (and how sure it
 * was), and the replies it sends.
 */
record Turn(IntentId understood, double confidence, List<BotReply> replies) {

  Turn {
    replies = List.copyOf(replies);
  }

  /** A turn where the bot knows for sure what was meant: a tracking number, a clicked button. */
  static Turn certain(IntentId understood, List<BotReply> replies) {
    return new Turn(understood, 1.0, replies);
  }
}
