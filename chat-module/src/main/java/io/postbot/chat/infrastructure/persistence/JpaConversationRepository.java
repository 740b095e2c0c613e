package io.postbot.chat.infrastructure.persistence;

import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.ConversationRepository;
import io.postbot.shared.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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
