package io.postbot.statistics.application;

import io.postbot.chat.api.BotAnswered;
import io.postbot.chat.api.BotCouldNotAnswer;
import io.postbot.chat.api.CustomerAsked;
import io.postbot.chat.api.WellKnownIntent;
import io.postbot.shared.Language;
import io.postbot.shared.redaction.RedactedText;
import io.postbot.statistics.domain.model.Outcome;
import io.postbot.statistics.domain.model.ReviewSample;
import io.postbot.statistics.domain.model.Statistics;
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
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns the chat context's events into statistics once the chat's transaction committed: it counts
 * questions and outcomes per day, intent and language, and keeps a random share of the (already
 * redacted) questions as review samples. It never sees raw text or keeps a conversation id. The
 * counting runs on another thread, in a transaction of its own: the committed one cannot be joined,
 * and no transaction may begin inside its completion.
 */
@ApplicationScoped
public class StatisticsRecorder {

  private static final Logger LOG = Logger.getLogger(StatisticsRecorder.class.getName());

  /** What a committed chat event adds to the statistics: one count and maybe a sample. */
  public record StatisticsDue(
      LocalDate day,
      String intent,
      Language language,
      Outcome outcome,
      Optional<RedactedText> sample,
      Double confidence) {

    StatisticsDue(
        LocalDate day,
        String intent,
        Language language,
        Outcome outcome,
        Optional<RedactedText> sample) {
      this(day, intent, language, outcome, sample, null);
    }
  }

  @Inject Statistics statistics;
  @Inject Event<StatisticsDue> due;

  @Inject
  @ConfigProperty(name = "postbot.statistics.review-sample-rate", defaultValue = "0.05")
  double sampleRate;

  DoubleSupplier random = Math::random;

  void asked(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerAsked event) {
    Optional<RedactedText> sample =
        random.getAsDouble() < sampleRate ? Optional.of(event.question()) : Optional.empty();
    handOn(
        new StatisticsDue(
            day(event.at()),
            event.intent(),
            event.language(),
            Outcome.ASKED,
            sample,
            Math.min(1, Math.max(0, event.confidence()))));
  }

  void answered(@Observes(during = TransactionPhase.AFTER_SUCCESS) BotAnswered event) {
    handOn(
        new StatisticsDue(
            day(event.at()), event.intent(), event.language(), Outcome.ANSWERED, Optional.empty()));
  }

  void notAnswered(@Observes(during = TransactionPhase.AFTER_SUCCESS) BotCouldNotAnswer event) {
    handOn(
        new StatisticsDue(
            day(event.at()),
            WellKnownIntent.OUT_OF_SCOPE.id(),
            event.language(),
            Outcome.NOT_ANSWERED,
            Optional.empty()));
  }

  @Transactional
  void record(@ObservesAsync StatisticsDue work) {
    statistics.count(work.day(), work.intent(), work.language(), work.outcome());
    work.sample()
        .ifPresent(question ->
            statistics.sample(
                new ReviewSample(
                    work.day(), work.language(), work.intent(), work.confidence(), question)));
  }

  /**
   * Hands the work to another thread. A failed try committed nothing, so it is tried once more: two
   * first counts of a day for the same key may race, and the second insert then fails.
   */
  private void handOn(StatisticsDue work) {
    due.fireAsync(work)
        .exceptionallyCompose(raced -> due.fireAsync(work))
        .exceptionally(failure -> {
          LOG.log(Level.WARNING, "A statistics count was lost", failure);
          return work;
        });
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }
}
