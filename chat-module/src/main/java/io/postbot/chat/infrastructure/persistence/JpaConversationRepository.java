package io.postbot.chat.infrastructure.persistence;

import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.ConversationRepository;
import io.postbot.chat.domain.model.conversation.Message;
import io.postbot.shared.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Conversations in the chat context's own tables, through its own persistence unit. */
@ApplicationScoped
public class JpaConversationRepository implements ConversationRepository {

  @PersistenceContext(unitName = "chat")
  EntityManager em;

  public JpaConversationRepository() {}

  /** For tests outside the container. */
  public JpaConversationRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(Conversation conversation) {
    em.persist(conversation);
  }

  @Override
  public Optional<Conversation> find(ConversationId id) {
    return Optional.ofNullable(em.find(Conversation.class, id.value()));
  }

  @Override
  public Optional<Conversation> findForAppend(ConversationId id) {
    // A row lock on the conversation: writers of one conversation queue here, and each takes its
    // sequence numbers from the counter it then reads, committed by the writer before it.
    return Optional.ofNullable(
        em.find(Conversation.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Message> messagesAfter(ConversationId id, int after, int limit) {
    return em.createQuery(
            "select m from Message m where m.conversation.id = :id and m.sequence > :after"
                + " order by m.sequence",
            Message.class)
        .setParameter("id", id.value())
        .setParameter("after", after)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Message> lastMessages(ConversationId id, int count) {
    List<Message> newestFirst =
        em.createQuery(
                "select m from Message m where m.conversation.id = :id order by m.sequence desc",
                Message.class)
            .setParameter("id", id.value())
            .setMaxResults(count)
            .getResultList();
    return newestFirst.reversed();
  }

  @Override
  public boolean erase(ConversationId id) {
    // Bulk deletes: no entity is loaded, so erasing a long chat costs two statements.
    em.createQuery("delete from Message m where m.conversation.id = :id")
        .setParameter("id", id.value())
        .executeUpdate();
    int deleted =
        em.createQuery("delete from Conversation c where c.id = :id")
            .setParameter("id", id.value())
            .executeUpdate();
    return deleted > 0;
  }
}
