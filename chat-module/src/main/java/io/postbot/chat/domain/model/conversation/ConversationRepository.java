package io.postbot.chat.domain.model.conversation;

import io.postbot.shared.ConversationId;
import java.util.List;
import java.util.Optional;

/** Stores and finds conversations; the chat context's only way to its tables. */
public interface ConversationRepository {

  void add(Conversation conversation);

  Optional<Conversation> find(ConversationId id);

  /**
   * Finds the conversation to add to or change it: concurrent writers of one conversation take
   * turns until the transaction ends, so sequence numbers never collide and no write is lost.
   */
  Optional<Conversation> findForAppend(ConversationId id);

  /**
   * At most {@code limit} messages after the given sequence number, in order; only those are read.
   */
  List<Message> messagesAfter(ConversationId id, int after, int limit);

  /** The last {@code count} messages, in order. */
  List<Message> lastMessages(ConversationId id, int count);

  /** Erases the conversation and all its messages at once; false if it did not exist. */
  boolean erase(ConversationId id);
}
