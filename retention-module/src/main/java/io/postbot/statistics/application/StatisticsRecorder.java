package io.postbot.statistics.application;

import io.postbot.chat.api.BotAnswered;
import io.postbot.chat.api.BotCouldNotAnswer;
import io.postbot.chat.api.CustomerAsked;
import io.postbot.chat.api.WellKnownIntent;
import io.postbot.statistics.domain.model.Outcome;
import io.postbot.statistics.domain.model.ReviewSample;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.DoubleSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns the chat context's events into statistics once the chat's transaction committed: it counts
 * questions and outcomes per day, intent and language, and keeps a random share of the (already
 * redacted) questions as review samples. It never sees raw text or keeps a conversation id. It only
 * adds to this server's {@link StatisticsTally}, in memory: a reply costs no transaction and no
 * database connection for its statistics, and the tally writes them once a second.
 */
@ApplicationScoped
public class StatisticsRecorder {

  @Inject StatisticsTally tally;

  @Inject
  @ConfigProperty(name = "postbot.statistics.review-sample-rate", defaultValue = "0.05")
  double sampleRate;

  DoubleSupplier random = Math::random;

  void asked(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerAsked event) {
    LocalDate day = day(event.at());
    tally.count(day, event.intent(), event.language(), Outcome.ASKED);
    if (random.getAsDouble() < sampleRate) {
      double confidence = Math.min(1, Math.max(0, event.confidence()));
      tally.keep(
          new PendingRow.Sample(
              new ReviewSample(
                  day, event.language(), event.intent(), confidence, event.question())));
    }
  }

  void answered(@Observes(during = TransactionPhase.AFTER_SUCCESS) BotAnswered event) {
    tally.count(day(event.at()), event.intent(), event.language(), Outcome.ANSWERED);
  }

  void notAnswered(@Observes(during = TransactionPhase.AFTER_SUCCESS) BotCouldNotAnswer event) {
    tally.count(
        day(event.at()), WellKnownIntent.OUT_OF_SCOPE.id(), event.language(), Outcome.NOT_ANSWERED);
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
