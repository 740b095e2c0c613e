package io.postbot.handoff.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.handoff.domain.model.queue.QueueEntry;
import io.postbot.handoff.domain.model.queue.QueueState;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Many agents race for the same customers against a real database: each agent works in its own
 * connection and transaction, as agents on different servers would. No in-memory lock helps them;
 * the conditional update alone must let exactly one agent take each customer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QueueEntriesAreTakenExactlyOnce {

  static final int AGENTS = 16;
  static final int CUSTOMERS = 40;
  static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

  private HandoffDatabase db;

  abstract TestDatabase database();

  @BeforeAll
  void migrate() {
    db = new HandoffDatabase(database());
  }

  @AfterAll
  void drop() {
    db.close();
  }

  @Test
  @DisplayName("16 agents racing for 40 waiting customers take each customer exactly once")
  void race() throws Exception {
    // given customers waiting
    List<ConversationId> customers = new ArrayList<>();
    for (int i = 0; i < CUSTOMERS; i++) {
      QueueEntry entry =
          QueueEntry.join(ConversationId.newId(), Language.EN, List.of(), T0.plusSeconds(i));
      customers.add(entry.conversation());
      db.inTransaction(em -> {
        new JpaQueueEntryRepository(em).add(entry);
        return null;
      });
    }

    // when every agent tries to take every customer, all starting at once, in its own order
    Map<ConversationId, List<String>> takenBy = new ConcurrentHashMap<>();
    AtomicInteger failures = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(AGENTS);
    List<Future<?>> agents = new ArrayList<>();
    for (int a = 0; a < AGENTS; a++) {
      String agent = "agent" + a;
      List<ConversationId> order = new ArrayList<>(customers);
      Collections.shuffle(order, new java.util.Random(a));
      agents.add(
          pool.submit(() -> {
            start.await();
            for (ConversationId customer : order) {
              try {
                boolean mine =
                    db.inTransaction(em ->
                        new JpaQueueEntryRepository(em)
                            .claim(customer, agent, T0.plusSeconds(600)));
                if (mine) {
                  takenBy
                      .computeIfAbsent(
                          customer, c -> Collections.synchronizedList(new ArrayList<>()))
                      .add(agent);
                }
              } catch (RuntimeException e) {
                // a database may abort one of two racing transactions: that agent simply lost
                failures.incrementAndGet();
              }
            }
            return null;
          }));
    }
    start.countDown();
    for (Future<?> agent : agents) {
      agent.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();

    // then each customer was taken by exactly one agent, and the table agrees
    assertThat(takenBy).hasSize(CUSTOMERS);
    assertThat(takenBy.values()).allSatisfy(winners -> assertThat(winners).hasSize(1));
    db.inTransaction(em -> {
      var repository = new JpaQueueEntryRepository(em);
      assertThat(repository.waiting()).isEmpty();
      for (ConversationId customer : customers) {
        QueueEntry entry = repository.find(customer).orElseThrow();
        assertThat(entry.state()).isEqualTo(QueueState.TAKEN);
        assertThat(entry.takenBy()).isEqualTo(takenBy.get(customer).get(0));
      }
      return null;
    });
  }
}
