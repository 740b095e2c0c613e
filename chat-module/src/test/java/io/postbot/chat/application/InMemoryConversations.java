package io.postbot.chat.application;

import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.ConversationRepository;
import io.postbot.shared.ConversationId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Conversations kept in a map, for use-case tests without a database. */
final class InMemoryConversations implements ConversationRepository {

  private final Map<ConversationId, Conversation> conversations = new HashMap<>();

  @Override
  public void add(Conversation conversation) {
    conversations.put(conversation.id(), conversation);
  }

  @Override
  public Optional<Conversation> find(ConversationId id) {
    return Optional.ofNullable(conversations.get(id));
  }

  @Override
  public boolean erase(ConversationId id) {
    return conversations.remove(id) != null;
  }
}
