package io.postbot.statistics.application;

import io.postbot.chat.api.ConversationStarted;
import io.postbot.chat.api.CustomerAsked;
import io.postbot.feedback.api.SurveyAnswered;
import io.postbot.handoff.api.ChatHandlingMeasured;
import io.postbot.handoff.api.CustomerQueued;
import io.postbot.handoff.api.OfflineRequestLeft;
import io.postbot.handoff.api.QueueWaitMeasured;
import io.postbot.shared.Language;
import io.postbot.shared.redaction.RedactedText;
import io.postbot.statistics.domain.model.Measurement;
import io.postbot.statistics.domain.model.MeasurementKind;
import io.postbot.statistics.domain.model.Outcome;
import io.postbot.statistics.domain.model.Statistics;
import io.postbot.statistics.domain.model.UnansweredQuestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records what the dashboard shows beyond questions and answers, as it happens: conversations
 * started, customers handed to a person or leaving a message, queue waits, handling times, survey
 * scores, and every question the bot could not answer (redacted). None of it names a conversation
 * or a person, so the figures outlive the chats they came from. Like {@link StatisticsRecorder}, it
 * records after the commit, on another thread, in a transaction of its own.
 */
@ApplicationScoped
public class ServiceRecorder {

  private static final Logger LOG = Logger.getLogger(ServiceRecorder.class.getName());

  /** What to add: a count, a measurement or an unanswered question. */
  public sealed interface Due {}

  /** One more of an outcome that concerns the whole conversation. */
  public record CountDue(LocalDate day, Language language, Outcome outcome) implements Due {}

  public record MeasurementDue(Measurement measurement) implements Due {}

  public record UnansweredDue(UnansweredQuestion question) implements Due {}

  /** The intent under which conversation-level outcomes are counted. */
  public static final String WHOLE_CONVERSATION = "*";

  @Inject Statistics statistics;
  @Inject Event<Due> due;

  void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationStarted event) {
    handOn(new CountDue(day(event.at()), event.language(), Outcome.STARTED));
  }

  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerQueued event) {
    handOn(new CountDue(day(event.at()), event.language(), Outcome.HANDED_OFF));
  }

  void leftMessage(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfflineRequestLeft event) {
    handOn(new CountDue(day(event.at()), event.language(), Outcome.LEFT_MESSAGE));
  }

  void waited(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueWaitMeasured event) {
    measure(event.at(), event.language(), MeasurementKind.QUEUE_WAIT, event.waited().toSeconds());
  }

  void handled(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatHandlingMeasured event) {
    measure(event.at(), event.language(), MeasurementKind.HANDLING, event.handled().toSeconds());
  }

  void rated(@Observes(during = TransactionPhase.AFTER_SUCCESS) SurveyAnswered event) {
    measure(event.at(), event.language(), MeasurementKind.SATISFACTION, event.score());
  }

  void asked(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerAsked event) {
    if ("out_of_scope".equals(event.intent())) {
      RedactedText question = event.question();
      handOn(
          new UnansweredDue(new UnansweredQuestion(day(event.at()), event.language(), question)));
    }
  }

  @Transactional
  void record(@ObservesAsync Due work) {
    switch (work) {
      case CountDue c -> statistics.count(c.day(), WHOLE_CONVERSATION, c.language(), c.outcome());
      case MeasurementDue m -> statistics.measure(m.measurement());
      case UnansweredDue u -> statistics.unanswered(u.question());
    }
  }

  private void measure(Instant at, Language language, MeasurementKind kind, long amount) {
    handOn(new MeasurementDue(new Measurement(day(at), language, kind, Math.max(0, amount))));
  }

  /** As in StatisticsRecorder: a first count of a day may race another; it is tried once more. */
  private void handOn(Due work) {
    due.fireAsync(work)
        .exceptionallyCompose(raced -> due.fireAsync(work))
        .exceptionally(failure -> {
          LOG.log(Level.WARNING, "A statistics figure was lost", failure);
          return work;
        });
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
