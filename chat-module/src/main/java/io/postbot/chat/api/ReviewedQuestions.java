package io.postbot.chat.api;

import io.postbot.shared.Language;
import io.postbot.shared.redaction.RedactedText;

/**
 * Port of the chat context for the random review of customers' questions (called by the statistics
 * context when a reviewer judges a sample). Only redacted questions come in. A confirmed question
 * joins the fixed evaluation set that model versions are compared on; a corrected one joins it with
 * the right intent and becomes a training example of the next model version.
 */
public interface ReviewedQuestions {

  /**
   * The bot understood {@code question} as {@code intent}, rightly ("out_of_scope": it was right
   * not to answer).
   *
   * @throws UnknownIntentException when the published content has no such intent
   */
  void confirmed(Language language, RedactedText question, String intent);

  /**
   * The bot misunderstood {@code question}; {@code rightIntent} is what it should have understood
   * ("out_of_scope": it should not have answered).
   *
   * @throws UnknownIntentException when the published content has no such intent
   */
  void corrected(Language language, RedactedText question, String rightIntent);
}
