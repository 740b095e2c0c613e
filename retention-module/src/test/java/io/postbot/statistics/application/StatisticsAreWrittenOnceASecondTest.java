package io.postbot.statistics.application;

import static io.postbot.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.BotAnswered;
import io.postbot.chat.api.CustomerAsked;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.shared.redaction.Redactor;
import io.postbot.statistics.domain.model.DailyCount;
import io.postbot.statistics.domain.model.ReviewSample;
import io.postbot.statistics.infrastructure.JpaStatistics;
import io.postbot.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "Statistics are counted in memory and written together, and nothing is lost while the server"
        + " runs")
class StatisticsAreWrittenOnceASecondTest {

  private static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");
  private static final LocalDate DAY = LocalDate.parse("2026-12-02");

  private TestDatabase database;
  private SessionFactory sessions;
  private final List<EntityManager> ems = new ArrayList<>();

  @BeforeEach
  void database() {
    database = TestDatabase.h2().migrate("statistics");
    sessions = database.entityManagerFactory(List.of(DailyCount.class, ReviewSample.class));
  }

  @AfterEach
  void close() {
    ems.forEach(EntityManager::close);
    sessions.close();
    database.close();
  }

  @Test
  @DisplayName(
      "the replies of a second add up in memory and reach the database as one addition a count,"
          + " in one write, added to what is stored")
  void countsAreSummedInOneWrite() {
    Server server = new Server();
    for (int i = 0; i < 50; i++) {
      server.asks("track_parcel");
      server.answers("track_parcel");
    }
    server.asks("opening_hours");

    server.tally.writeNow();

    assertThat(server.writer.writes).isEqualTo(1);
    assertThat(server.statistics.added)
        .containsExactlyInAnyOrder(
            "track_parcel/ASKED+50", "track_parcel/ANSWERED+50", "opening_hours/ASKED+1");
    server.asks("track_parcel");
    server.tally.writeNow();
    assertThat(counts()).contains("track_parcel/ASKED=51", "opening_hours/ASKED=1");
    assertThat(server.writer.writes).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "a write that fails, as when the database is away, keeps its counts and rows pending: the"
          + " next write adds them to what came meanwhile")
  void aFailedWriteKeepsTheCounts() {
    Server server = new Server();
    server.recorder.random = () -> 0; // every question sampled
    server.asks("track_parcel");
    server.asks("track_parcel");
    server.statistics.away = true;

    server.tally.writeNow();

    assertThat(counts()).isEmpty();
    assertThat(server.tally.pendingCounts()).isEqualTo(2);
    assertThat(server.tally.pendingRows()).isEqualTo(2);

    server.asks("track_parcel");
    server.statistics.away = false;
    server.tally.writeNow();

    assertThat(counts()).containsExactly("track_parcel/ASKED=3");
    assertThat(samples()).isEqualTo(3);
    assertThat(server.tally.pendingCounts()).isZero();
    assertThat(server.tally.pendingRows()).isZero();
  }

  @Test
  @DisplayName(
      "two servers add to the same counts: one whose write failed (as the loser of the race to a"
          + " day's first count does) adds its counts at its next write, never overwriting the"
          + " other's")
  void severalServersAddUp() {
    Server first = new Server();
    Server second = new Server();
    first.asks("track_parcel");
    second.recorder.random = () -> 0; // its question sampled, so its write can fail there
    second.asks("track_parcel");
    second.asks("track_parcel");

    // the first server writes the day's first count; the second's write fails
    second.statistics.away = true;
    first.tally.writeNow();
    second.tally.writeNow();
    second.statistics.away = false;
    second.tally.writeNow();

    assertThat(counts()).containsExactly("track_parcel/ASKED=3");
  }

  @Test
  @DisplayName(
      "rows wait in a bounded queue: when it is full, new review samples are refused and counts"
          + " are still kept")
  void waitingRowsAreBounded() {
    Server server = new Server(3);
    server.recorder.random = () -> 0; // every question sampled
    server.statistics.away = true;
    for (int i = 0; i < 5; i++) {
      server.asks("track_parcel");
    }
    server.tally.writeNow(); // fails: the three kept samples go back ahead of newer ones

    assertThat(server.tally.pendingRows()).isEqualTo(3);
    assertThat(server.tally.pendingCounts()).isEqualTo(5);

    server.statistics.away = false;
    server.tally.writeNow();
    assertThat(counts()).containsExactly("track_parcel/ASKED=5");
    assertThat(samples()).isEqualTo(3);
  }

  @Test
  @DisplayName("what is pending is written when the application stops")
  void shutdownWrites() {
    Server server = new Server();
    server.asks("track_parcel");

    server.tally.writeAtShutdown();

    assertThat(counts()).containsExactly("track_parcel/ASKED=1");
  }

  /**
   * One server: its own entity manager (connection), recorder and tally, on the shared database.
   */
  private final class Server {
    final EntityManager em = sessions.createEntityManager();
    final WatchedStatistics statistics = new WatchedStatistics(new JpaStatistics(em));
    final WritesInTransactions writer = new WritesInTransactions(em, statistics);
    final StatisticsTally tally;
    final StatisticsRecorder recorder = new StatisticsRecorder();

    Server() {
      this(StatisticsTally.ROWS_KEPT);
    }

    Server(int rowsKept) {
      ems.add(em);
      tally = new StatisticsTally(writer, rowsKept);
      recorder.tally = tally;
      recorder.sampleRate = 0.05;
      recorder.random = () -> 0.99; // not sampled
    }

    void asks(String intent) {
      recorder.asked(
          new CustomerAsked(
              ConversationId.newId(),
              Language.EN,
              intent,
              0.9,
              AT,
              new Redactor().redact("where is my parcel")));
    }

    void answers(String intent) {
      recorder.answered(new BotAnswered(ConversationId.newId(), Language.EN, intent, AT));
    }
  }

  private List<String> counts() {
    EntityManager em = sessions.createEntityManager();
    try {
      return inTransaction(em, () -> new JpaStatistics(em).countsOf(DAY)).stream()
          .map(c -> c.intent() + "/" + c.outcome() + "=" + c.count())
          .toList();
    } finally {
      em.close();
    }
  }

  private int samples() {
    EntityManager em = sessions.createEntityManager();
    try {
      return inTransaction(em, () -> new JpaStatistics(em).samplesOf(DAY)).size();
    } finally {
      em.close();
    }
  }
}
