package io.postbot.retention.application;

import io.postbot.handoff.api.AgentChatEraser;
import io.postbot.handoff.api.HandoffRecord;
import io.postbot.handoff.api.HandoffRecords;
import io.postbot.shared.ConversationId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stands in for the handoff context's ports in a deployment without it (nothing was ever handed to
 * an agent, so there is nothing to find or erase there).
 */
final class NoHandoffData implements AgentChatEraser, HandoffRecords {

  static final NoHandoffData INSTANCE = new NoHandoffData();

  private NoHandoffData() {}

  @Override
  public List<ConversationId> closedBefore(boolean complaints, Instant cutoff, int limit) {
    return List.of();
  }

  @Override
  public List<ConversationId> neverClosedSince(Instant cutoff, int limit) {
    return List.of();
  }

  @Override
  public int erase(Collection<ConversationId> conversations) {
    return 0;
  }

  @Override
  public List<ConversationId> byEmail(String email) {
    return List.of();
  }

  @Override
  public List<ConversationId> byPhone(String e164Phone) {
    return List.of();
  }

  @Override
  public Optional<HandoffRecord> record(ConversationId conversation) {
    return Optional.empty();
  }
}
