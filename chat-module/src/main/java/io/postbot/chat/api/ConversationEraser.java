package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Erasure port of the chat context, called by retention. It names the conversations only ever held
 * with the bot whose last activity lies before a cutoff, and erases conversations with everything
 * the chat context stores about them (messages, tracking numbers in them, the token hash) in bulk.
 * Conversations that were handed to an agent are never named here: the agent-chat rule keeps them.
 */
public interface ConversationEraser {

  /** Bot-only conversations last active before the cutoff, oldest first, at most {@code limit}. */
  List<ConversationId> idleBotConversations(Instant lastActivityBefore, int limit);

  /** The last activity of the oldest bot-only conversation idle since before the cutoff, if any. */
  Optional<Instant> oldestIdleBotActivity(Instant lastActivityBefore);

  /** Erases these conversations and all their messages; returns how many existed. Idempotent. */
  int erase(Collection<ConversationId> conversations);
}
