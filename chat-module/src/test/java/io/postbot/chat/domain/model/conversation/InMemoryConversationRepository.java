package io.postbot.chat.domain.model.conversation;

import io.postbot.shared.ConversationId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A repository fixture for use-case tests that need no database. */
public class InMemoryConversationRepository implements ConversationRepository {

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
  public Optional<Conversation> findForAppend(ConversationId id) {
    return find(id);
  }

  @Override
  public boolean erase(ConversationId id) {
    return conversations.remove(id) != null;
  }

  public int size() {
    return conversations.size();
  }
}
