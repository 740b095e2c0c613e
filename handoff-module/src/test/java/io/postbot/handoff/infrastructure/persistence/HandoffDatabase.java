package io.postbot.handoff.infrastructure.persistence;

import io.postbot.feedback.domain.model.survey.Survey;
import io.postbot.feedback.domain.model.survey.SurveyInvitation;
import io.postbot.handoff.domain.model.agent.Agent;
import io.postbot.handoff.domain.model.agentchat.AgentChat;
import io.postbot.handoff.domain.model.agentchat.AgentNote;
import io.postbot.handoff.domain.model.canned.CannedResponse;
import io.postbot.handoff.domain.model.contact.ContactDetails;
import io.postbot.handoff.domain.model.hours.ServiceHours;
import io.postbot.handoff.domain.model.queue.QueueEntry;
import io.postbot.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;
import org.hibernate.SessionFactory;

/** The handoff and feedback tables, migrated, with a session factory over their entities. */
final class HandoffDatabase implements AutoCloseable {

  final TestDatabase database;
  final SessionFactory sessions;

  HandoffDatabase(TestDatabase database) {
    this.database = database.migrate("handoff", "feedback");
    this.sessions =
        database.entityManagerFactory(
            List.of(
                QueueEntry.class,
                AgentChat.class,
                AgentNote.class,
                ContactDetails.class,
                Agent.class,
                CannedResponse.class,
                ServiceHours.class,
                SurveyInvitation.class,
                Survey.class));
  }

  <T> T inTransaction(Function<EntityManager, T> work) {
    try (var em = sessions.createEntityManager()) {
      em.getTransaction().begin();
      try {
        T result = work.apply(em);
        em.getTransaction().commit();
        return result;
      } catch (RuntimeException e) {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        throw e;
      }
    }
  }

  @Override
  public void close() {
    sessions.close();
    database.close();
  }
}
