package io.postbot.chat.infrastructure.persistence;

import io.postbot.chat.api.ConversationEraser;
import io.postbot.shared.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The chat context's erasure port on its own tables: bulk deletes, no entity loaded, so a batch of
 * 500 conversations costs two statements. Runs in the caller's transaction.
 */
@ApplicationScoped
public class JpaConversationEraser implements ConversationEraser {

  @PersistenceContext(unitName = "chat")
  EntityManager em;

  public JpaConversationEraser() {}

  /** For tests outside the container. */
  public JpaConversationEraser(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<ConversationId> idleBotConversations(Instant lastActivityBefore, int limit) {
    return em
        .createQuery(
            "select c.id from Conversation c where c.escalatedAt is null"
                + " and c.lastActivityAt < :cutoff order by c.lastActivityAt",
            UUID.class)
        .setParameter("cutoff", lastActivityBefore)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(ConversationId::new)
        .toList();
  }

  @Override
  public Optional<Instant> oldestIdleBotActivity(Instant lastActivityBefore) {
    return Optional.ofNullable(
        em.createQuery(
                "select min(c.lastActivityAt) from Conversation c where c.escalatedAt is null"
                    + " and c.lastActivityAt < :cutoff",
                Instant.class)
            .setParameter("cutoff", lastActivityBefore)
            .getSingleResult());
  }

  @Override
  public int erase(Collection<ConversationId> conversations) {
    if (conversations.isEmpty()) {
      return 0;
    }
    List<UUID> ids = conversations.stream().map(ConversationId::value).distinct().toList();
    em.createQuery("delete from Message m where m.conversation.id in :ids")
        .setParameter("ids", ids)
        .executeUpdate();
    int erased =
        em.createQuery("delete from Conversation c where c.id in :ids")
            .setParameter("ids", ids)
            .executeUpdate();
    // Entities this persistence context may still hold are gone from the database too.
    em.clear();
    return erased;
  }
}
