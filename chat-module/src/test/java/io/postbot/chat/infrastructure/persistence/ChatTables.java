package io.postbot.chat.infrastructure.persistence;

import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.conversation.Message;
import io.postbot.chat.domain.model.modelversion.ModelVersion;
import io.postbot.chat.domain.model.publication.ContentDraft;
import io.postbot.chat.domain.model.publication.Publication;
import io.postbot.chat.domain.model.review.ReviewedQuestion;
import io.postbot.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The chat context's tables for a repository test: migrated once per test class on the database a
 * subclass names (H2 in the unit tests, PostgreSQL in the integration tests) and dropped after;
 * Hibernate validates that the migrated schema matches the entities.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChatTables {

  private TestDatabase database;
  private SessionFactory sessions;

  /** A fresh database to migrate; closed, and so dropped, after the last test. */
  abstract TestDatabase database();

  @BeforeAll
  void migrate() {
    database = database().migrate("chat");
    sessions =
        database.entityManagerFactory(
            List.of(
                Conversation.class,
                Message.class,
                AttachmentsColumn.class,
                Publication.class,
                ContentDraft.class,
                ModelVersion.class,
                ReviewedQuestion.class));
  }

  @AfterAll
  void drop() {
    sessions.close();
    database.close();
  }

  /** Runs the work with an entity manager of its own, in a transaction committed at the end. */
  void inTransaction(Consumer<EntityManager> work) {
    try (var em = sessions.createEntityManager()) {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    }
  }
}
