package io.postbot.statistics.application;

import io.postbot.chat.api.ConversationStarted;
import io.postbot.chat.api.CustomerAsked;
import io.postbot.feedback.api.SurveyAnswered;
import io.postbot.handoff.api.ChatHandlingMeasured;
import io.postbot.handoff.api.CustomerQueued;
import io.postbot.handoff.api.OfflineRequestLeft;
import io.postbot.handoff.api.QueueWaitMeasured;
import io.postbot.shared.Language;
import io.postbot.statistics.domain.model.Measurement;
import io.postbot.statistics.domain.model.MeasurementKind;
import io.postbot.statistics.domain.model.Outcome;
import io.postbot.statistics.domain.model.UnansweredQuestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Records what the dashboard shows beyond questions and answers, as it happens: conversations
 * started, customers handed to a person or leaving a message, queue waits, handling times, survey
 * scores, and every question the bot could not answer (redacted). None of it names a conversation
 * or a person, so the figures outlive the chats they came from. Like {@link StatisticsRecorder}, it
 * adds to this server's {@link StatisticsTally} after the commit (a conversation's start and an
 * unanswered question are on a bot reply's path), which writes them once a second.
 */
@ApplicationScoped
public class ServiceRecorder {

  /** The intent under which conversation-level outcomes are counted. */
  public static final String WHOLE_CONVERSATION = "*";

  @Inject StatisticsTally tally;

  void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationStarted event) {
    count(event.at(), event.language(), Outcome.STARTED);
  }

  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerQueued event) {
    count(event.at(), event.language(), Outcome.HANDED_OFF);
  }

  void leftMessage(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfflineRequestLeft event) {
    count(event.at(), event.language(), Outcome.LEFT_MESSAGE);
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
      tally.keep(
          new PendingRow.Unanswered(
              new UnansweredQuestion(day(event.at()), event.language(), event.question())));
    }
  }

  private void count(Instant at, Language language, Outcome outcome) {
    tally.count(day(at), WHOLE_CONVERSATION, language, outcome);
  }

  private void measure(Instant at, Language language, MeasurementKind kind, long amount) {
    tally.keep(
        new PendingRow.Measured(new Measurement(day(at), language, kind, Math.max(0, amount))));
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
