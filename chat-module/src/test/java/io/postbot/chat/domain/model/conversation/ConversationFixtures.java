package io.postbot.chat.domain.model.conversation;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;

/** Ready-made conversations for tests. */
public final class ConversationFixtures {

  public static final String TOKEN = "s3cr3t-token-of-the-customer-000000000000000";
  public static final Instant NOW = Instant.parse("2026-11-29T10:15:30Z");

  private ConversationFixtures() {}

  public static Conversation aConversation(Language language) {
    return Conversation.start(ConversationId.newId(), AccessTokenHash.of(TOKEN), language, NOW);
  }
}
