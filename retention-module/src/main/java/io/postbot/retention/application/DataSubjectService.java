package io.postbot.retention.application;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.postbot.chat.api.ConversationEraser;
import io.postbot.chat.api.ConversationRecord;
import io.postbot.chat.api.ConversationRecords;
import io.postbot.handoff.api.AgentChatEraser;
import io.postbot.handoff.api.HandoffRecord;
import io.postbot.handoff.api.HandoffRecords;
import io.postbot.retention.api.DataSubjectReport;
import io.postbot.retention.api.DataSubjectReport.ChatData;
import io.postbot.retention.api.DataSubjectReport.ConversationData;
import io.postbot.retention.api.DataSubjectReport.HandoffData;
import io.postbot.retention.api.DataSubjectRequests;
import io.postbot.retention.api.SubjectQuery;
import io.postbot.retention.domain.model.policy.RetentionPolicy;
import io.postbot.retention.domain.model.purge.PurgeRun;
import io.postbot.retention.domain.model.purge.PurgeRuns;
import io.postbot.shared.ConversationId;
import io.postbot.shared.InvalidInputException;
import io.postbot.shared.redaction.Redactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Data-subject requests across the contexts, each through its own port: the chat context for bot
 * conversations and tracking numbers, the handoff context for contact details and agent chats.
 */
@ApplicationScoped
@Transactional
public class DataSubjectService implements DataSubjectRequests {

  static final int MAX_CONVERSATIONS = 200;

  @Inject ConversationRecords chatRecords;
  @Inject ConversationEraser chatEraser;
  @Inject PurgeRuns audit;
  @Inject RetentionPolicy policy;
  @Inject Clock clock;
  @Inject ReportRenderer renderer;
  HandoffRecords handoffRecords;
  AgentChatEraser agentChats;
  final Redactor redactor = new Redactor();

  @Inject
  void wire(RetentionWiring wiring) {
    handoffRecords = wiring.handoffRecords();
    agentChats = wiring.agentChatEraser();
  }

  @Override
  public DataSubjectReport find(SubjectQuery query) {
    List<ConversationData> found = new ArrayList<>();
    List<ConversationId> ids = conversations(query);
    boolean truncated = ids.size() > MAX_CONVERSATIONS;
    for (ConversationId id : ids.subList(0, Math.min(ids.size(), MAX_CONVERSATIONS))) {
      Optional<ConversationRecord> chat = chatRecords.record(id);
      Optional<HandoffRecord> handoff = handoffRecords.record(id);
      if (chat.isPresent() || handoff.isPresent()) {
        found.add(
            new ConversationData(
                id.toString(),
                chat.map(c -> chatData(c, handoff)).orElse(null),
                handoff.map(this::handoffData).orElse(null)));
      }
    }
    return new DataSubjectReport(
        query.kind().name().toLowerCase(), clock.instant(), found, truncated);
  }

  @Override
  public byte[] pdf(SubjectQuery query) {
    return renderer.render(find(query));
  }

  @Override
  public ErasureReceipt erase(SubjectQuery query, String reason, boolean confirmComplaint) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(
          "invalid-data-subject-request", "subject.reason", "a reason for the erasure is required");
    }
    Instant now = clock.instant();
    List<ConversationId> ids = conversations(query);
    long complaints =
        ids.stream()
            .map(handoffRecords::record)
            .flatMap(Optional::stream)
            .filter(h -> h.category() != null && h.category().isComplaint())
            .filter(h ->
                h.closedAt() == null
                    || now.isBefore(policy.agentComplaint().expiresAt(h.closedAt())))
            .count();
    if (complaints > 0 && !confirmComplaint) {
      throw new ComplaintConfirmationRequired((int) complaints);
    }
    agentChats.erase(ids);
    int erased = chatEraser.erase(ids);
    String auditReason = redactor.redact(reason.strip()).value();
    auditReason = auditReason.length() > 500 ? auditReason.substring(0, 500) : auditReason;
    audit.add(PurgeRun.onRequest(now, clock.instant(), Math.max(erased, ids.size()), auditReason));
    return new ErasureReceipt(ids.size(), now);
  }

  /**
   * The person's conversations: by the contact details given for a handoff and by what they typed
   * into messages; one more than the maximum, so a report can say it was cut short.
   */
  private List<ConversationId> conversations(SubjectQuery query) {
    int wanted = MAX_CONVERSATIONS + 1;
    List<ConversationId> ids = new ArrayList<>();
    switch (query.kind()) {
      case EMAIL -> {
        ids.addAll(handoffRecords.byEmail(query.value()));
        ids.addAll(chatRecords.mentioning(query.value(), wanted));
      }
      case PHONE -> {
        ids.addAll(handoffRecords.byPhone(e164(query.value())));
        ids.addAll(chatRecords.mentioning(nationalNumber(query.value()), wanted));
      }
      case TRACKING -> ids.addAll(chatRecords.mentioningTrackingNumber(query.value(), wanted));
      case CONVERSATION -> ids.add(ConversationId.parse(query.value()));
    }
    return ids.stream().distinct().limit(wanted).toList();
  }

  private static String nationalNumber(String phone) {
    try {
      return String.valueOf(PhoneNumberUtil.getInstance().parse(phone, "NO").getNationalNumber());
    } catch (NumberParseException e) {
      throw new InvalidInputException(
          "invalid-data-subject-request", "subject.phone", "not a phone number");
    }
  }

  private ChatData chatData(ConversationRecord c, Optional<HandoffRecord> handoff) {
    Instant erasedBy;
    String rule;
    if (c.wasEscalated()) {
      erasedBy = handoff.map(this::handoffExpiry).orElse(null);
      rule = "kept with its agent chat: " + agentRule(handoff.orElse(null));
    } else {
      erasedBy = policy.botConversation().expiresAt(c.lastActivityAt());
      rule = policy.botConversation() + " after the last activity (bot conversation)";
    }
    return new ChatData(
        c.legalBasis().citation(),
        c.language().code(),
        c.startedAt(),
        c.lastActivityAt(),
        c.escalatedAt(),
        c.endedAt(),
        erasedBy,
        rule,
        c.messages());
  }

  private HandoffData handoffData(HandoffRecord h) {
    return new HandoffData(
        h.name(),
        h.email(),
        h.phone(),
        h.legalBasis() == null ? null : h.legalBasis().citation(),
        h.category() == null ? null : h.category().name(),
        h.queuedAt(),
        h.closedAt(),
        handoffExpiry(h),
        agentRule(h),
        h.internalNotes() == null ? List.of() : h.internalNotes());
  }

  private Instant handoffExpiry(HandoffRecord h) {
    if (h.closedAt() == null || h.category() == null) {
      return null; // still open: the period starts when the agent closes the chat
    }
    return (h.category().isComplaint() ? policy.agentComplaint() : policy.agentOther())
        .expiresAt(h.closedAt());
  }

  private String agentRule(HandoffRecord h) {
    if (h == null || h.category() == null) {
      return policy.agentComplaint()
          + " (complaint) or "
          + policy.agentOther()
          + " (other) after the agent chat closes";
    }
    return (h.category().isComplaint()
        ? policy.agentComplaint() + " after the close (complaint)"
        : policy.agentOther() + " after the close (" + h.category().name().toLowerCase() + ")");
  }

  private static String e164(String phone) {
    try {
      PhoneNumberUtil util = PhoneNumberUtil.getInstance();
      return util.format(util.parse(phone, "NO"), PhoneNumberUtil.PhoneNumberFormat.E164);
    } catch (NumberParseException e) {
      throw new InvalidInputException(
          "invalid-data-subject-request", "subject.phone", "not a phone number");
    }
  }
}
