package io.postbot.statistics.domain.model;

import io.postbot.statistics.api.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The review samples as reviewers work through them. */
public interface ReviewSamples {

  /**
   * Unreviewed samples from {@code since} on, newest days first, at most {@code limit}: the
   * candidates of a draw.
   */
  List<ReviewSample> unreviewedSince(LocalDate since, int limit);

  Optional<ReviewSample> find(UUID id);

  void discard(UUID id);

  /** Samples of one verdict, most recently reviewed first. */
  List<ReviewSample> reviewed(Verdict verdict, int limit);

  /** How many samples from {@code since} on have no verdict yet. */
  long countUnreviewedSince(LocalDate since);

  /** How many samples from {@code since} on got this verdict. */
  long countReviewedSince(LocalDate since, Verdict verdict);
}
