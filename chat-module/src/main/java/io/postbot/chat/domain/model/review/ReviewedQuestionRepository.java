package io.postbot.chat.domain.model.review;

import io.postbot.shared.Language;
import java.util.List;
import java.util.Optional;

/** The reviewed questions of the chat context. */
public interface ReviewedQuestionRepository {

  Optional<ReviewedQuestion> find(Language language, String text);

  void add(ReviewedQuestion question);

  /** Every reviewed question, oldest first. */
  List<ReviewedQuestion> all();
}
