package io.postbot.handoff.infrastructure.persistence;

import io.postbot.handoff.domain.model.agentchat.AgentChat;
import io.postbot.handoff.domain.model.agentchat.AgentChatRepository;
import io.postbot.handoff.domain.model.agentchat.AgentChatState;
import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Agent chats and their notes in the handoff context's tables. */
@ApplicationScoped
public class JpaAgentChatRepository implements AgentChatRepository {

  @PersistenceContext(unitName = "handoff")
  EntityManager em;

  public JpaAgentChatRepository() {}

  /** For tests outside the container. */
  public JpaAgentChatRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(AgentChat chat) {
    em.persist(chat);
  }

  @Override
  public Optional<AgentChat> find(ConversationId conversation) {
    return Optional.ofNullable(em.find(AgentChat.class, conversation.value()));
  }

  @Override
  public List<AgentChat> inState(AgentChatState state) {
    return em.createQuery(
            "select c from AgentChat c where c.state = :state order by c.queuedAt", AgentChat.class)
        .setParameter("state", state)
        .getResultList();
  }

  @Override
  public List<Duration> handlingTimesClosedSince(Instant since) {
    return em
        .createQuery(
            "select c.takenAt, c.closedAt from AgentChat c"
                + " where c.state = :closed and c.closedAt >= :since and c.takenAt is not null"
                + " and c.offlineMessage is null",
            Object[].class)
        .setParameter("closed", AgentChatState.CLOSED)
        .setParameter("since", since)
        .getResultList()
        .stream()
        .map(row -> Duration.between((Instant) row[0], (Instant) row[1]))
        .toList();
  }

  @Override
  public List<ConversationId> closedBefore(boolean complaints, Instant cutoff, int limit) {
    String category =
        complaints ? "c.category = :complaint" : "(c.category is null or c.category <> :complaint)";
    return em
        .createQuery(
            "select c.conversationId from AgentChat c where c.closedAt < :cutoff and "
                + category
                + " order by c.closedAt",
            UUID.class)
        .setParameter("cutoff", cutoff)
        .setParameter("complaint", ContactCategory.COMPLAINT)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(ConversationId::new)
        .toList();
  }

  @Override
  public List<ConversationId> neverClosedSince(Instant cutoff, int limit) {
    return em
        .createQuery(
            "select c.conversationId from AgentChat c where c.closedAt is null"
                + " and coalesce(c.takenAt, c.queuedAt) < :cutoff"
                + " order by coalesce(c.takenAt, c.queuedAt)",
            UUID.class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(ConversationId::new)
        .toList();
  }

  @Override
  public List<ConversationId> byEmail(String normalisedEmail) {
    return em
        .createQuery(
            "select c.conversationId from AgentChat c where c.contact.emailNormalised = :email",
            UUID.class)
        .setParameter("email", normalisedEmail)
        .getResultList()
        .stream()
        .map(ConversationId::new)
        .toList();
  }

  @Override
  public List<ConversationId> byPhone(String e164) {
    return em
        .createQuery(
            "select c.conversationId from AgentChat c where c.contact.phone = :phone", UUID.class)
        .setParameter("phone", e164)
        .getResultList()
        .stream()
        .map(ConversationId::new)
        .toList();
  }

  @Override
  public int erase(Collection<ConversationId> conversations) {
    if (conversations.isEmpty()) {
      return 0;
    }
    List<UUID> ids = conversations.stream().map(ConversationId::value).toList();
    em.createQuery("delete from AgentNote n where n.chat.conversationId in :ids")
        .setParameter("ids", ids)
        .executeUpdate();
    em.createQuery("delete from QueueEntry q where q.conversationId in :ids")
        .setParameter("ids", ids)
        .executeUpdate();
    return em.createQuery("delete from AgentChat c where c.conversationId in :ids")
        .setParameter("ids", ids)
        .executeUpdate();
  }
}
