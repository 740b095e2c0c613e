package io.postbot.retention.application;

import io.postbot.handoff.api.AgentChatEraser;
import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The handoff context's erasure port as a test fake: closed agent chats in memory. */
class FakeAgentChats implements AgentChatEraser {

  record Closed(ContactCategory category, Instant closedAt) {}

  final Map<ConversationId, Closed> chats = new LinkedHashMap<>();
  final List<ConversationId> erased = new ArrayList<>();
  final Map<ConversationId, Instant> open = new LinkedHashMap<>();

  void neverClosed(ConversationId id, Instant lastChange) {
    open.put(id, lastChange);
  }

  @Override
  public List<ConversationId> neverClosedSince(Instant cutoff, int limit) {
    return open.entrySet().stream()
        .filter(e -> e.getValue().isBefore(cutoff))
        .sorted(Map.Entry.comparingByValue())
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  void closed(ConversationId id, ContactCategory category, Instant at) {
    chats.put(id, new Closed(category, at));
  }

  @Override
  public List<ConversationId> closedBefore(boolean complaints, Instant cutoff, int limit) {
    return chats.entrySet().stream()
        .filter(e -> e.getValue().category().isComplaint() == complaints)
        .filter(e -> e.getValue().closedAt().isBefore(cutoff))
        .sorted(Comparator.comparing(e -> e.getValue().closedAt()))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  @Override
  public int erase(Collection<ConversationId> conversations) {
    int n = 0;
    for (ConversationId id : conversations) {
      if (chats.remove(id) != null | open.remove(id) != null) {
        erased.add(id);
        n++;
      }
    }
    return n;
  }
}
