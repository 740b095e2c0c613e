package io.postbot.statistics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.api.ReviewedQuestions;
import io.postbot.shared.Language;
import io.postbot.shared.redaction.RedactedText;
import io.postbot.shared.redaction.Redactor;
import io.postbot.statistics.api.ReviewHandle;
import io.postbot.statistics.api.ReviewItem;
import io.postbot.statistics.api.ReviewRequest;
import io.postbot.statistics.api.ReviewSampleNotFoundException;
import io.postbot.statistics.api.ReviewSelection;
import io.postbot.statistics.api.SampleAlreadyReviewedException;
import io.postbot.statistics.api.Verdict;
import io.postbot.statistics.domain.model.DailyCount;
import io.postbot.statistics.domain.model.ReviewSample;
import io.postbot.statistics.infrastructure.JpaReviewSamples;
import io.postbot.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reviewers judge redacted samples, and the chat context learns from the verdicts")
class ReviewersJudgeSamplesTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

  private TestDatabase database;
  private SessionFactory sessions;
  private EntityManager em;
  private ReviewService review;
  private final List<String> handedToChat = new ArrayList<>();

  @BeforeEach
  void wire() {
    database = TestDatabase.h2().migrate("statistics");
    sessions = database.entityManagerFactory(List.of(DailyCount.class, ReviewSample.class));
    em = sessions.createEntityManager();
    review = new ReviewService();
    review.samples = new JpaReviewSamples(em);
    review.clock = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    review.chat =
        new ReviewedQuestions() {
          @Override
          public void confirmed(Language language, RedactedText question, String intent) {
            handedToChat.add("confirmed " + intent + ": " + question.value());
          }

          @Override
          public void corrected(Language language, RedactedText question, String rightIntent) {
            handedToChat.add("corrected " + rightIntent + ": " + question.value());
          }
        };
  }

  @AfterEach
  void close() {
    em.close();
    sessions.close();
    database.close();
  }

  @Test
  @DisplayName("a drawn sample shows only the redacted question, the bot's intent and the day")
  void draw() {
    sample(TODAY, "track_parcel", 0.91, "where is [tracking number]");
    sample(TODAY.minusDays(40), "track_parcel", 0.91, "too old for a 30-day review");

    List<ReviewItem> items = tx(() -> review.draw(request(30)));

    assertThat(items)
        .singleElement()
        .satisfies(item -> {
          assertThat(item.redactedText()).isEqualTo("where is [tracking number]");
          assertThat(item.intent()).isEqualTo("track_parcel");
          assertThat(item.day()).isEqualTo(TODAY);
          assertThat(item.verdict()).isEmpty();
        });
  }

  @Test
  @DisplayName("a correction is kept with the sample and handed to the chat context, redacted")
  void correct() {
    sample(TODAY, "track_parcel", 0.55, "my letterbox is broken");
    ReviewHandle handle = tx(() -> review.draw(request(7))).get(0).handle();

    ReviewItem judged = tx(() -> review.correct(handle, "mailbox_damaged"));

    assertThat(judged.verdict()).contains(Verdict.CORRECTED);
    assertThat(judged.rightIntent()).contains("mailbox_damaged");
    assertThat(handedToChat).containsExactly("corrected mailbox_damaged: my letterbox is broken");
    assertThat(tx(() -> review.draw(request(7)))).as("no longer drawn").isEmpty();
    assertThat(tx(() -> review.summary(7)).corrected()).isEqualTo(1);
  }

  @Test
  @DisplayName("a sample is judged once; a confirmation hands the bot's own intent over")
  void onceOnly() {
    sample(TODAY, "greeting", 0.99, "hi there");
    ReviewHandle handle = tx(() -> review.draw(request(7))).get(0).handle();

    tx(() -> review.confirm(handle));

    assertThat(handedToChat).containsExactly("confirmed greeting: hi there");
    assertThatThrownBy(() -> tx(() -> review.markNewTopic(handle)))
        .isInstanceOf(SampleAlreadyReviewedException.class);
  }

  @Test
  @DisplayName("a new topic is listed for the content's authors; nothing is handed to the chat")
  void newTopic() {
    sample(TODAY, "out_of_scope", 0.2, "do you sell stamps with cats");
    ReviewHandle handle = tx(() -> review.draw(request(7))).get(0).handle();

    tx(() -> review.markNewTopic(handle));

    assertThat(handedToChat).isEmpty();
    assertThat(tx(() -> review.newTopics(10)))
        .extracting(ReviewItem::redactedText)
        .containsExactly("do you sell stamps with cats");
  }

  @Test
  @DisplayName("a discarded sample is gone for good")
  void discard() {
    sample(TODAY, "greeting", 0.99, "hi");
    ReviewHandle handle = tx(() -> review.draw(request(7))).get(0).handle();

    tx(() -> {
      review.discard(handle);
      return null;
    });

    assertThat(tx(() -> review.draw(request(7)))).isEmpty();
    assertThatThrownBy(() -> tx(() -> review.confirm(handle)))
        .isInstanceOf(ReviewSampleNotFoundException.class);
  }

  private static ReviewRequest request(int days) {
    return new ReviewRequest(ReviewSelection.UNIFORM, 20, days, Optional.empty());
  }

  private void sample(LocalDate day, String intent, double confidence, String text) {
    tx(() -> {
      em.persist(
          new ReviewSample(day, Language.EN, intent, confidence, new Redactor().redact(text)));
      return null;
    });
  }

  private <T> T tx(Supplier<T> work) {
    em.getTransaction().begin();
    try {
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } catch (RuntimeException e) {
      em.getTransaction().rollback();
      throw e;
    } finally {
      em.clear();
    }
  }
}
