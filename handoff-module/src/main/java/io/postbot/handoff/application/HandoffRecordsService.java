package io.postbot.handoff.application;

import io.postbot.feedback.api.FeedbackEraser;
import io.postbot.handoff.api.AgentChatEraser;
import io.postbot.handoff.api.HandoffRecord;
import io.postbot.handoff.api.HandoffRecords;
import io.postbot.handoff.domain.model.agentchat.AgentChatRepository;
import io.postbot.handoff.domain.model.agentchat.AgentNote;
import io.postbot.handoff.domain.model.contact.EmailAddress;
import io.postbot.shared.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The handoff context's data-subject and erasure ports for retention: find a person's handoffs,
 * export them, and erase them with their queue entry, notes and survey invitations.
 */
@ApplicationScoped
@Transactional
public class HandoffRecordsService implements HandoffRecords, AgentChatEraser {

  @Inject AgentChatRepository chats;
  @Inject FeedbackEraser feedback;

  protected HandoffRecordsService() {}

  public HandoffRecordsService(AgentChatRepository chats, FeedbackEraser feedback) {
    this.chats = chats;
    this.feedback = feedback;
  }

  @Override
  public List<ConversationId> byEmail(String email) {
    try {
      return chats.byEmail(new EmailAddress(email).normalised());
    } catch (IllegalArgumentException e) {
      return chats.byEmail(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }
  }

  @Override
  public List<ConversationId> byPhone(String e164Phone) {
    return chats.byPhone(e164Phone);
  }

  @Override
  public Optional<HandoffRecord> record(ConversationId conversation) {
    return chats
        .find(conversation)
        .map(c ->
            new HandoffRecord(
                conversation,
                c.contact().name(),
                c.contact().email(),
                c.contact().phone(),
                c.legalBasis(),
                c.category(),
                c.queuedAt(),
                c.closedAt(),
                c.notes().stream().map(AgentNote::text).toList()));
  }

  @Override
  public List<ConversationId> closedBefore(boolean complaints, Instant cutoff, int limit) {
    return chats.closedBefore(complaints, cutoff, limit);
  }

  @Override
  public List<ConversationId> neverClosedSince(Instant cutoff, int limit) {
    return chats.neverClosedSince(cutoff, limit);
  }

  @Override
  public int erase(Collection<ConversationId> conversations) {
    feedback.erase(conversations);
    return chats.erase(conversations);
  }
}
