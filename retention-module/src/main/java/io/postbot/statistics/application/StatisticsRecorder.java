package io.postbot.statistics.application;

import io.postbot.chat.api.BotAnswered;
import io.postbot.chat.api.BotCouldNotAnswer;
import io.postbot.chat.api.CustomerAsked;
import io.postbot.statistics.domain.model.Outcome;
import io.postbot.statistics.domain.model.ReviewSample;
import io.postbot.statistics.domain.model.Statistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.DoubleSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns the chat context's events into statistics once the chat's transaction committed: it counts
 * questions and outcomes per day, intent and language, and keeps a random share of the (already
 * redacted) questions as review samples. It never sees raw text or keeps a conversation id.
 */
@ApplicationScoped
public class StatisticsRecorder {

  @Inject Statistics statistics;

  @Inject
  @ConfigProperty(name = "postbot.statistics.review-sample-rate", defaultValue = "0.05")
  double sampleRate;

  DoubleSupplier random = Math::random;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void asked(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerAsked event) {
    LocalDate day = day(event.at());
    statistics.count(day, event.intent(), event.language(), Outcome.ASKED);
    if (random.getAsDouble() < sampleRate) {
      statistics.sample(new ReviewSample(day, event.language(), event.intent(), event.question()));
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void answered(@Observes(during = TransactionPhase.AFTER_SUCCESS) BotAnswered event) {
    statistics.count(day(event.at()), event.intent(), event.language(), Outcome.ANSWERED);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void notAnswered(@Observes(during = TransactionPhase.AFTER_SUCCESS) BotCouldNotAnswer event) {
    statistics.count(day(event.at()), "out_of_scope", event.language(), Outcome.NOT_ANSWERED);
  }

  private static LocalDate day(java.time.Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
