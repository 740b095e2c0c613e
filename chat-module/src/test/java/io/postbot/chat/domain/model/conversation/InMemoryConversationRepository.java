package io.postbot.chat.domain.model.conversation;

import io.postbot.shared.ConversationId;
import java.util.HashMap;
import java.util.List;
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
  public List<Message> messagesAfter(ConversationId id, int after, int limit) {
    return find(id)
        .map(c -> c.messagesAfter(after).stream().limit(limit).toList())
        .orElse(List.of());
  }

  @Override
  public List<Message> lastMessages(ConversationId id, int count) {
    List<Message> all = find(id).map(Conversation::messages).orElse(List.of());
    return all.subList(Math.max(0, all.size() - count), all.size());
  }

  @Override
  public boolean erase(ConversationId id) {
    return conversations.remove(id) != null;
  }

  public int size() {
    return conversations.size();
  }
}
