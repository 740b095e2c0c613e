package io.postbot.chat.infrastructure.persistence;

import io.postbot.chat.api.ConversationRecord;
import io.postbot.chat.api.ConversationRecords;
import io.postbot.chat.api.MessageView;
import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.Message;
import io.postbot.shared.ConversationId;
import io.postbot.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Data-subject access on the chat context's own tables, for operators' requests. */
@ApplicationScoped
public class JpaConversationRecords implements ConversationRecords {

  @PersistenceContext(unitName = "chat")
  EntityManager em;

  public JpaConversationRecords() {}

  /** For tests outside the container. */
  public JpaConversationRecords(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<ConversationId> mentioningTrackingNumber(String trackingNumber, int limit) {
    String wanted = normalised(trackingNumber);
    if (wanted.length() < 6) {
      throw new InvalidInputException(
          "invalid-data-subject-request",
          "subject.tracking",
          "a tracking number has at least 6 letters or digits");
    }
    // Customers write numbers with spaces or dashes ("CT 797 294 851 NO"): compare without them.
    return containing(wanted, limit);
  }

  @Override
  public List<ConversationId> mentioning(String text, int limit) {
    String wanted = text == null ? "" : text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (wanted.length() < 6) {
      throw new InvalidInputException(
          "invalid-data-subject-request", "subject.too-short", "search for at least 6 characters");
    }
    return containing(wanted, limit);
  }

  /** Messages whose text, upper case without spaces and dashes, contains the wanted text. */
  private List<ConversationId> containing(String wanted, int limit) {
    String escaped = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return em
        .createQuery(
            "select distinct m.conversation.id, m.conversation.lastActivityAt from Message m"
                + " where upper(replace(replace(m.text, ' ', ''), '-', '')) like :pattern"
                + " escape '\\'"
                + " order by m.conversation.lastActivityAt desc",
            Object[].class)
        .setParameter("pattern", "%" + escaped + "%")
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(row -> new ConversationId((UUID) row[0]))
        .toList();
  }

  @Override
  public Optional<ConversationRecord> record(ConversationId id) {
    return Optional.ofNullable(em.find(Conversation.class, id.value()))
        .map(c ->
            new ConversationRecord(
                c.id(),
                c.language(),
                c.legalBasis(),
                c.startedAt(),
                c.lastActivityAt(),
                c.escalatedAt().orElse(null),
                c.endedAt().orElse(null),
                c.messages().stream().map(JpaConversationRecords::view).toList()));
  }

  private static MessageView view(Message m) {
    return new MessageView(
        m.sequence(),
        m.author().name().toLowerCase(Locale.ROOT),
        m.text(),
        m.sentAt(),
        m.attachments());
  }

  private static String normalised(String trackingNumber) {
    if (trackingNumber == null) {
      throw new IllegalArgumentException("a tracking number is required");
    }
    return trackingNumber.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
  }
}
