package io.postbot.statistics.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.api.BotAnswered;
import io.postbot.chat.api.BotCouldNotAnswer;
import io.postbot.chat.api.CustomerAsked;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.shared.redaction.Redactor;
import io.postbot.statistics.domain.model.DailyCount;
import io.postbot.statistics.domain.model.ReviewSample;
import io.postbot.statistics.infrastructure.JpaStatistics;
import io.postbot.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Statistics and review samples keep no personal data")
class StatisticsKeepNoPersonalDataTest {

  private static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");
  private static final LocalDate DAY = LocalDate.parse("2026-11-29");

  private TestDatabase database;
  private SessionFactory sessions;
  private EntityManager em;
  private StatisticsRecorder recorder;
  private StatisticsTally tally;

  @BeforeEach
  void wire() {
    database = TestDatabase.h2().migrate("statistics");
    sessions = database.entityManagerFactory(List.of(DailyCount.class, ReviewSample.class));
    em = sessions.createEntityManager();
    tally = new StatisticsTally(new WritesInTransactions(em), StatisticsTally.ROWS_KEPT);
    recorder = new StatisticsRecorder();
    recorder.tally = tally;
    recorder.sampleRate = 0.05;
  }

  @AfterEach
  void close() {
    em.close();
    sessions.close();
    database.close();
  }

  @Test
  @DisplayName("questions and outcomes are counted per day, intent, language and outcome")
  void counts() {
    ConversationId a = ConversationId.newId();
    recorder.random = () -> 0.99; // not sampled
    recorder.asked(asked(a, "where is my parcel"));
    recorder.answered(new BotAnswered(a, Language.EN, "track_parcel", AT));
    recorder.asked(asked(ConversationId.newId(), "track my parcel"));
    recorder.notAnswered(new BotCouldNotAnswer(a, Language.EN, AT));
    tally.writeNow();

    List<DailyCount> counts = inTransactionGet(() -> new JpaStatistics(em).countsOf(DAY));
    assertThat(counts)
        .extracting(c -> c.intent() + "/" + c.outcome() + "=" + c.count())
        .containsExactlyInAnyOrder(
            "track_parcel/ASKED=2", "track_parcel/ANSWERED=1", "out_of_scope/NOT_ANSWERED=1");
    assertThat(inTransactionGet(() -> new JpaStatistics(em).samplesOf(DAY))).isEmpty();
  }

  @Test
  @DisplayName("a sampled question is stored redacted, without its conversation or exact time")
  void samples() {
    recorder.random = () -> 0.01; // sampled (rate 5 %)
    recorder.asked(asked(ConversationId.newId(), "where is CT797294851NO, call 912 34 567"));
    tally.writeNow();

    List<ReviewSample> samples = inTransactionGet(() -> new JpaStatistics(em).samplesOf(DAY));
    assertThat(samples)
        .singleElement()
        .satisfies(s -> {
          assertThat(s.redactedText()).isEqualTo("where is [tracking number], call [phone]");
          assertThat(s.intent()).isEqualTo("track_parcel");
        });
  }

  @Test
  @DisplayName(
      "the committed chat's observer only counts in memory; the counts reach the database with"
          + " the next write, in a transaction of its own")
  void countingWaitsForTheNextWrite() {
    recorder.random = () -> 0.01; // sampled (rate 5 %)

    inTransaction(() -> recorder.asked(asked(ConversationId.newId(), "where is my parcel")));

    assertThat(inTransactionGet(() -> new JpaStatistics(em).countsOf(DAY))).isEmpty();
    assertThat(tally.pendingCounts()).isEqualTo(1);
    assertThat(tally.pendingRows()).isEqualTo(1);

    tally.writeNow();

    assertThat(inTransactionGet(() -> new JpaStatistics(em).countsOf(DAY)))
        .extracting(c -> c.intent() + "/" + c.outcome() + "=" + c.count())
        .containsExactly("track_parcel/ASKED=1");
    assertThat(inTransactionGet(() -> new JpaStatistics(em).samplesOf(DAY))).hasSize(1);
    assertThat(tally.pendingCounts()).isZero();
    assertThat(tally.pendingRows()).isZero();
  }

  @Test
  @DisplayName("no statistics table has a column that could point to a conversation or person")
  void schemaHasNoLinkToPeople() throws Exception {
    List<String> columns = new ArrayList<>();
    try (Connection c = database.dataSource().getConnection();
        ResultSet rs = c.getMetaData().getColumns(null, null, "STATISTICS_%", null)) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME").toLowerCase());
      }
    }
    assertThat(columns)
        .contains(
            "count_day",
            "sample_day",
            "intent",
            "language",
            "outcome",
            "occurrences",
            "redacted_text")
        .noneMatch(name ->
            name.contains("conversation")
                || name.contains("email")
                || name.contains("phone")
                || name.contains("name")
                || name.equals("text")
                || name.contains("_at"));
  }

  private static CustomerAsked asked(ConversationId id, String text) {
    return new CustomerAsked(id, Language.EN, "track_parcel", 0.9, AT, new Redactor().redact(text));
  }

  private void inTransaction(Runnable work) {
    inTransactionGet(() -> {
      work.run();
      return null;
    });
  }

  private <T> T inTransactionGet(java.util.function.Supplier<T> work) {
    em.getTransaction().begin();
    T result = work.get();
    em.getTransaction().commit();
    return result;
  }
}
