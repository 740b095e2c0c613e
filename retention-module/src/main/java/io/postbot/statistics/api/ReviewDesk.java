package io.postbot.statistics.api;

import java.util.List;

/**
 * The random review of customers' questions (for administrators): draw recent redacted samples, and
 * judge each. A confirmation or correction is handed to the chat context, where it serves the bot's
 * evaluation (and a correction its training); a new topic is listed for the content's authors; a
 * discarded sample (for instance one that still reads as personal) is deleted.
 */
public interface ReviewDesk {

  /** Unreviewed recent samples, drawn at random as asked. */
  List<ReviewItem> draw(ReviewRequest request);

  /** The bot understood the question right. */
  ReviewItem confirm(ReviewHandle sample);

  /**
   * The bot should have understood {@code rightIntent} ("out_of_scope": it should not have
   * answered).
   */
  ReviewItem correct(ReviewHandle sample, String rightIntent);

  /** The question is about a topic the bot has no intent for yet. */
  ReviewItem markNewTopic(ReviewHandle sample);

  /** Deletes the sample for good: it is no use, or reads as personal despite the redaction. */
  void discard(ReviewHandle sample);

  /** The questions reviewers marked as new topics, newest first. */
  List<ReviewItem> newTopics(int limit);

  ReviewSummary summary(int days);
}
