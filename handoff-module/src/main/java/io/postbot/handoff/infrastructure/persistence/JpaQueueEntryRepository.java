package io.postbot.handoff.infrastructure.persistence;

import io.postbot.handoff.domain.model.queue.QueueEntry;
import io.postbot.handoff.domain.model.queue.QueueEntryRepository;
import io.postbot.handoff.domain.model.queue.QueueState;
import io.postbot.shared.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The queue in the handoff context's tables. */
@ApplicationScoped
public class JpaQueueEntryRepository implements QueueEntryRepository {

  @PersistenceContext(unitName = "handoff")
  EntityManager em;

  public JpaQueueEntryRepository() {}

  /** For tests outside the container. */
  public JpaQueueEntryRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(QueueEntry entry) {
    em.persist(entry);
  }

  @Override
  public Optional<QueueEntry> find(ConversationId conversation) {
    return Optional.ofNullable(em.find(QueueEntry.class, conversation.value()));
  }

  @Override
  public List<QueueEntry> waiting() {
    return em.createQuery(
            "select q from QueueEntry q where q.state = :waiting order by q.queuedAt",
            QueueEntry.class)
        .setParameter("waiting", QueueState.WAITING)
        .getResultList();
  }

  @Override
  public boolean claim(ConversationId conversation, String agent, Instant now) {
    // The database decides: of all agents racing for this row, exactly one update matches.
    int updated =
        em.createQuery(
                "update QueueEntry q set q.state = :taken, q.takenBy = :agent, q.takenAt = :now,"
                    + " q.version = q.version + 1"
                    + " where q.conversationId = :id and q.state = :waiting")
            .setParameter("taken", QueueState.TAKEN)
            .setParameter("agent", agent)
            .setParameter("now", now)
            .setParameter("id", conversation.value())
            .setParameter("waiting", QueueState.WAITING)
            .executeUpdate();
    return updated == 1;
  }

  @Override
  public List<Duration> waitsTakenSince(Instant since) {
    return em
        .createQuery(
            "select q.queuedAt, q.takenAt from QueueEntry q where q.takenAt >= :since",
            Object[].class)
        .setParameter("since", since)
        .getResultList()
        .stream()
        .map(row -> Duration.between((Instant) row[0], (Instant) row[1]))
        .filter(d -> !d.isNegative())
        .toList();
  }

  @Override
  public void erase(ConversationId conversation) {
    em.createQuery("delete from QueueEntry q where q.conversationId = :id")
        .setParameter("id", conversation.value())
        .executeUpdate();
  }
}
