package io.postbot.retention.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.retention.domain.model.purge.PurgeKind;
import io.postbot.retention.domain.model.purge.PurgeOutcome;
import io.postbot.retention.domain.model.purge.PurgeRun;
import io.postbot.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The purge audit and the purge lease on the real retention tables. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PurgeAuditAndLeaseArePersisted {

  static final Instant T = Instant.parse("2026-11-29T10:00:00Z");

  private TestDatabase database;
  private SessionFactory sessions;

  abstract TestDatabase database();

  @BeforeAll
  void migrate() {
    database = database().migrate("retention");
    sessions = database.entityManagerFactory(List.of(PurgeRun.class));
  }

  @AfterAll
  void drop() {
    sessions.close();
    database.close();
  }

  @Test
  @DisplayName("purge runs come back newest first, with kind, count, batches and duration")
  void audit() {
    inTransaction(em -> {
      new JpaPurgeRuns(em)
          .add(
              PurgeRun.scheduled(
                  PurgeKind.BOT_CONVERSATION,
                  T,
                  T.plusMillis(1500),
                  1234,
                  3,
                  PurgeOutcome.COMPLETED));
      new JpaPurgeRuns(em)
          .add(PurgeRun.onRequest(T.plusSeconds(60), T.plusSeconds(61), 2, "asked"));
      return null;
    });

    List<PurgeRun> runs = inTransaction(em -> new JpaPurgeRuns(em).latest(10));
    assertThat(runs)
        .extracting(PurgeRun::kind)
        .containsSubsequence(PurgeKind.DATA_SUBJECT_REQUEST, PurgeKind.BOT_CONVERSATION);
    PurgeRun bot =
        runs.stream().filter(r -> r.kind() == PurgeKind.BOT_CONVERSATION).findFirst().orElseThrow();
    assertThat(bot.erased()).isEqualTo(1234);
    assertThat(bot.batches()).isEqualTo(3);
    assertThat(bot.duration().toMillis()).isEqualTo(1500);
  }

  @Test
  @DisplayName("one holder at a time holds the lease; a lease that ran out can be taken over")
  void lease() {
    assertThat(acquire("a", T, T.plusSeconds(300))).isTrue();
    assertThat(acquire("b", T.plusSeconds(1), T.plusSeconds(301))).isFalse();
    assertThat(acquire("a", T.plusSeconds(2), T.plusSeconds(302))).isTrue(); // renewal

    assertThat(acquire("b", T.plusSeconds(303), T.plusSeconds(603))).isTrue(); // a's ran out
    assertThat(acquire("a", T.plusSeconds(304), T.plusSeconds(604))).isFalse();

    inTransaction(em -> {
      new DatabasePurgeLock(em).release("b");
      return null;
    });
    assertThat(acquire("a", T.plusSeconds(305), T.plusSeconds(605))).isTrue();
    inTransaction(em -> {
      new DatabasePurgeLock(em).release("a");
      return null;
    });
  }

  private boolean acquire(String holder, Instant now, Instant until) {
    return inTransaction(em -> new DatabasePurgeLock(em).tryAcquire(holder, now, until));
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    try (var em = sessions.createEntityManager()) {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    }
  }
}
