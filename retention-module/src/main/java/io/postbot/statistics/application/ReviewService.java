package io.postbot.statistics.application;

import io.postbot.chat.api.ReviewedQuestions;
import io.postbot.shared.redaction.Redactor;
import io.postbot.statistics.api.ReviewDesk;
import io.postbot.statistics.api.ReviewHandle;
import io.postbot.statistics.api.ReviewItem;
import io.postbot.statistics.api.ReviewRequest;
import io.postbot.statistics.api.ReviewSampleNotFoundException;
import io.postbot.statistics.api.ReviewSummary;
import io.postbot.statistics.api.Verdict;
import io.postbot.statistics.domain.model.ReviewSample;
import io.postbot.statistics.domain.model.ReviewSamples;
import io.postbot.statistics.domain.model.SampleDraw;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The review use cases. A verdict and its hand-over to the chat context commit together: a
 * confirmed or corrected question is in the bot's evaluation set exactly when its sample says so.
 */
@ApplicationScoped
@Transactional
public class ReviewService implements ReviewDesk {

  /** How many of the most recent unreviewed samples a draw chooses from. */
  static final int CANDIDATES = 20_000;

  @Inject ReviewSamples samples;
  @Inject ReviewedQuestions chat;
  @Inject Clock clock;

  /** Samples are redacted when kept; redacting again on the way out costs little and is safe. */
  final Redactor redactor = new Redactor();

  SampleDraw draw = new SampleDraw(new SecureRandom());

  @Override
  public List<ReviewItem> draw(ReviewRequest request) {
    List<SampleDraw.Candidate<ReviewSample>> candidates =
        samples.unreviewedSince(today().minusDays(request.days() - 1L), CANDIDATES).stream()
            .filter(s -> request.language().map(l -> l == s.language()).orElse(true))
            .map(s -> new SampleDraw.Candidate<>(s, s.intent(), s.band()))
            .toList();
    return draw.draw(candidates, request.selection(), request.size()).stream()
        .map(ReviewService::item)
        .toList();
  }

  @Override
  public ReviewItem confirm(ReviewHandle handle) {
    ReviewSample sample = sample(handle);
    sample.confirm(today());
    chat.confirmed(sample.language(), redactor.redact(sample.redactedText()), sample.intent());
    return item(sample);
  }

  @Override
  public ReviewItem correct(ReviewHandle handle, String rightIntent) {
    ReviewSample sample = sample(handle);
    sample.correct(rightIntent, today());
    chat.corrected(sample.language(), redactor.redact(sample.redactedText()), rightIntent);
    return item(sample);
  }

  @Override
  public ReviewItem markNewTopic(ReviewHandle handle) {
    ReviewSample sample = sample(handle);
    sample.markNewTopic(today());
    return item(sample);
  }

  @Override
  public void discard(ReviewHandle handle) {
    samples.discard(sample(handle).id());
  }

  @Override
  public List<ReviewItem> newTopics(int limit) {
    return samples.reviewed(Verdict.NEW_TOPIC, limit).stream().map(ReviewService::item).toList();
  }

  @Override
  public ReviewSummary summary(int days) {
    LocalDate since = today().minusDays(days - 1L);
    return new ReviewSummary(
        days,
        samples.countUnreviewedSince(since),
        samples.countReviewedSince(since, Verdict.CONFIRMED),
        samples.countReviewedSince(since, Verdict.CORRECTED),
        samples.countReviewedSince(since, Verdict.NEW_TOPIC));
  }

  private ReviewSample sample(ReviewHandle handle) {
    return samples.find(handle.value()).orElseThrow(ReviewSampleNotFoundException::new);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  static ReviewItem item(ReviewSample s) {
    return new ReviewItem(
        new ReviewHandle(s.id()),
        s.language(),
        s.redactedText(),
        s.intent(),
        s.confidence(),
        s.band(),
        s.day(),
        s.verdict(),
        s.rightIntent());
  }
}
