package io.postbot.retention.application;

import io.postbot.handoff.api.HandoffRecord;
import io.postbot.handoff.api.HandoffRecords;
import io.postbot.shared.ConversationId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The handoff context's data-subject port as a test fake, erased through its eraser fake. */
class FakeHandoff extends FakeAgentChats implements HandoffRecords {

  final Map<ConversationId, HandoffRecord> records = new LinkedHashMap<>();

  void add(HandoffRecord record) {
    records.put(record.conversation(), record);
    if (record.closedAt() != null) {
      closed(record.conversation(), record.category(), record.closedAt());
    }
  }

  @Override
  public int erase(java.util.Collection<ConversationId> conversations) {
    conversations.forEach(records::remove);
    return super.erase(conversations);
  }

  @Override
  public List<ConversationId> byEmail(String email) {
    return records.values().stream()
        .filter(r -> email.equalsIgnoreCase(r.email()))
        .map(HandoffRecord::conversation)
        .toList();
  }

  @Override
  public List<ConversationId> byPhone(String e164Phone) {
    return records.values().stream()
        .filter(r -> e164Phone.equals(r.phone()))
        .map(HandoffRecord::conversation)
        .toList();
  }

  @Override
  public Optional<HandoffRecord> record(ConversationId conversation) {
    return Optional.ofNullable(records.get(conversation));
  }
}
