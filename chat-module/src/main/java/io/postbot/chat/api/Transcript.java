package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;
import java.util.List;

/**
 * A whole conversation as the customer may download it: its messages, the legal basis of the
 * processing (as cited in the privacy policy) and when it started and last changed, which decides
 * when retention erases it.
 */
public record Transcript(
    ConversationId id,
    Language language,
    String legalBasis,
    Instant startedAt,
    Instant lastActivityAt,
    boolean ended,
    List<MessageView> messages) {

  public Transcript {
    messages = List.copyOf(messages);
  }
}
