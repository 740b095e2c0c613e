package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;
import java.util.List;

/**
 * What an agent sees of a conversation: its language, when it started, the intents the bot
 * recognised (the summary shown in the queue, never raw text) and every message so far.
 */
public record AgentTranscript(
    ConversationId conversation,
    Language language,
    Instant startedAt,
    List<String> recognisedIntents,
    List<MessageView> messages) {

  public AgentTranscript {
    recognisedIntents = List.copyOf(recognisedIntents);
    messages = List.copyOf(messages);
  }
}
