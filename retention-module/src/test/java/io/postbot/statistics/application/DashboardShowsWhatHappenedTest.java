package io.postbot.statistics.application;

import static io.postbot.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.api.BotAnswered;
import io.postbot.chat.api.BotCouldNotAnswer;
import io.postbot.chat.api.ConversationStarted;
import io.postbot.chat.api.CustomerAsked;
import io.postbot.chat.infrastructure.understanding.EmbeddingSentenceMeanings;
import io.postbot.feedback.api.SurveyAnswered;
import io.postbot.handoff.api.ChatHandlingMeasured;
import io.postbot.handoff.api.CustomerQueued;
import io.postbot.handoff.api.OfflineRequestLeft;
import io.postbot.handoff.api.QueueWaitMeasured;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.shared.redaction.Redactor;
import io.postbot.statistics.api.Dashboard;
import io.postbot.statistics.api.StatisticsQuery;
import io.postbot.statistics.domain.model.DailyCount;
import io.postbot.statistics.domain.model.Measurement;
import io.postbot.statistics.domain.model.ReviewSample;
import io.postbot.statistics.domain.model.UnansweredQuestion;
import io.postbot.statistics.infrastructure.JpaStatistics;
import io.postbot.testing.PlantedPersonalData;
import io.postbot.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The dashboard shows what happened, from figures that name nobody")
class DashboardShowsWhatHappenedTest {

  private static final Instant MONDAY = Instant.parse("2026-11-30T10:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-12-01T10:00:00Z");
  private static final LocalDate FROM = LocalDate.parse("2026-11-30");
  private static final LocalDate TO = LocalDate.parse("2026-12-01");

  private TestDatabase database;
  private SessionFactory sessions;
  private EntityManager em;
  private StatisticsTally tally;
  private final StatisticsRecorder questions = new StatisticsRecorder();
  private final ServiceRecorder service = new ServiceRecorder();

  @BeforeEach
  void wire() {
    database = TestDatabase.h2().migrate("statistics");
    sessions =
        database.entityManagerFactory(
            List.of(
                DailyCount.class, ReviewSample.class, Measurement.class, UnansweredQuestion.class));
    em = sessions.createEntityManager();
    tally = new StatisticsTally(new WritesInTransactions(em), StatisticsTally.ROWS_KEPT);
    questions.tally = tally;
    questions.sampleRate = 1; // every question sampled for review: the worst case for privacy
    service.tally = tally;
  }

  @AfterEach
  void close() {
    em.close();
    sessions.close();
    database.close();
  }

  @Test
  @DisplayName(
      "conversations per day, containment, handoff and out-of-scope rates, top intents, grouped"
          + " unanswered questions, satisfaction and time percentiles, per language")
  void figures() {
    given_twoDaysOfService();

    Dashboard both = dashboard(Optional.empty());

    assertThat(both.days())
        .extracting(d -> d.day() + ":" + d.conversations() + "/" + d.handedToPeople())
        .containsExactly("2026-11-30:3/1", "2026-12-01:1/1");
    assertThat(both.conversations()).isEqualTo(4);
    assertThat(both.handoffRate()).isEqualTo(0.5);
    assertThat(both.containment()).isEqualTo(0.5);
    assertThat(both.questions()).isEqualTo(6);
    assertThat(both.outOfScopeRate()).isEqualTo(3 / 6.0);
    assertThat(both.topIntents())
        .extracting(i -> i.intent() + "=" + i.questions())
        .containsExactly("track_parcel=2", "opening_hours=1");
    assertThat(both.topUnanswered()).extracting(g -> g.count()).containsExactly(2L, 1L);
    assertThat(both.topUnanswered().getFirst().example()).contains("drone");
    assertThat(both.satisfaction().answers()).isEqualTo(2);
    assertThat(both.satisfaction().average()).isEqualTo(4.5);
    assertThat(both.satisfaction().distribution()).containsExactly(0L, 0L, 0L, 1L, 1L);
    assertThat(both.queueWait().p50()).isEqualTo(Duration.ofSeconds(60));
    assertThat(both.queueWait().p90()).isEqualTo(Duration.ofSeconds(180));
    assertThat(both.handling().max()).isEqualTo(Duration.ofMinutes(5));

    Dashboard norwegian = dashboard(Optional.of(Language.NB));
    assertThat(norwegian.conversations()).isEqualTo(1);
    assertThat(norwegian.handedToPeople()).isEqualTo(1);
    assertThat(norwegian.queueWait().measured()).isEqualTo(1);
    assertThat(norwegian.satisfaction().answers()).isZero();
  }

  @Test
  @DisplayName(
      "no statistic or review sample holds a planted e-mail, phone, name or tracking number")
  void nothingPersonal() throws Exception {
    given_twoDaysOfService();

    List<String> stored = new ArrayList<>();
    try (Connection c = database.dataSource().getConnection();
        ResultSet tables = c.getMetaData().getTables(null, null, "STATISTICS_%", null)) {
      while (tables.next()) {
        String table = tables.getString("TABLE_NAME");
        try (ResultSet rows = c.createStatement().executeQuery("select * from " + table)) {
          while (rows.next()) {
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
              stored.add(String.valueOf(rows.getObject(i)));
            }
          }
        }
      }
    }
    assertThat(stored).anyMatch(v -> v.contains("[tracking number]"));
    PlantedPersonalData.assertNoneIn(String.join("\n", stored));
  }

  @Test
  @DisplayName("a range must be in order and at most a year long")
  void badRanges() {
    assertThatThrownBy(() -> new StatisticsQuery(TO, FROM, Optional.empty()))
        .hasMessageContaining("before");
    assertThatThrownBy(() -> new StatisticsQuery(FROM, FROM.plusDays(400), Optional.empty()))
        .hasMessageContaining("366");
  }

  private void given_twoDaysOfService() {
    for (int i = 0; i < 3; i++) {
      service.started(new ConversationStarted(ConversationId.newId(), Language.EN, MONDAY));
    }
    service.started(new ConversationStarted(ConversationId.newId(), Language.NB, TUESDAY));
    ask("where is my parcel", "track_parcel", Language.EN, MONDAY);
    ask("track my parcel", "track_parcel", Language.EN, MONDAY);
    ask("when are you open", "opening_hours", Language.EN, MONDAY);
    ask("can I send a parcel with a drone", "out_of_scope", Language.EN, MONDAY);
    ask("is it possible to ship a package by drone", "out_of_scope", Language.EN, MONDAY);
    ask(PlantedPersonalData.SENTENCE, "out_of_scope", Language.EN, MONDAY);
    service.queued(new CustomerQueued(ConversationId.newId(), Language.EN, MONDAY));
    service.leftMessage(new OfflineRequestLeft(ConversationId.newId(), Language.NB, TUESDAY));
    service.waited(new QueueWaitMeasured(Language.EN, Duration.ofSeconds(60), MONDAY));
    service.waited(new QueueWaitMeasured(Language.EN, Duration.ofSeconds(180), MONDAY));
    service.waited(new QueueWaitMeasured(Language.NB, Duration.ofSeconds(30), TUESDAY));
    service.handled(new ChatHandlingMeasured(Language.EN, Duration.ofMinutes(5), MONDAY));
    service.rated(new SurveyAnswered(4, Language.EN, MONDAY));
    service.rated(new SurveyAnswered(5, Language.EN, TUESDAY));
    // what the server's schedule does once a second
    tally.writeNow();
  }

  private void ask(String text, String intent, Language language, Instant at) {
    ConversationId id = ConversationId.newId();
    CustomerAsked asked =
        new CustomerAsked(id, language, intent, 0.9, at, new Redactor().redact(text));
    questions.random = () -> 0;
    questions.asked(asked);
    service.asked(asked);
    if (intent.equals("out_of_scope")) {
      questions.notAnswered(new BotCouldNotAnswer(id, language, at));
    } else {
      questions.answered(new BotAnswered(id, language, intent, at));
    }
  }

  private Dashboard dashboard(Optional<Language> language) {
    return inTransaction(
        em,
        () ->
            new DashboardService(new JpaStatistics(em), new EmbeddingSentenceMeanings())
                .figures(new StatisticsQuery(FROM, TO, language)));
  }
}
