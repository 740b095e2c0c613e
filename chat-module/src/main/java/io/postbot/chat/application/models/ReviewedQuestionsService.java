package io.postbot.chat.application.models;

import io.postbot.chat.api.ReviewedQuestions;
import io.postbot.chat.api.UnknownIntentException;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import io.postbot.chat.domain.model.review.ReviewedQuestion;
import io.postbot.chat.domain.model.review.ReviewedQuestion.Verdict;
import io.postbot.chat.domain.model.review.ReviewedQuestionRepository;
import io.postbot.shared.Language;
import io.postbot.shared.redaction.RedactedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Takes the review's verdicts into the chat context, in the reviewer's transaction: the question
 * (redacted) with its right intent, for the evaluation set and, corrected, for training.
 */
@ApplicationScoped
@Transactional
public class ReviewedQuestionsService implements ReviewedQuestions {

  @Inject ReviewedQuestionRepository questions;
  @Inject KnowledgeBase published;
  @Inject Clock clock;

  @Override
  public void confirmed(Language language, RedactedText question, String intent) {
    record(language, question, intent, Verdict.CONFIRMED);
  }

  @Override
  public void corrected(Language language, RedactedText question, String rightIntent) {
    record(language, question, rightIntent, Verdict.CORRECTED);
  }

  private void record(Language language, RedactedText question, String intent, Verdict verdict) {
    IntentId id;
    try {
      id = new IntentId(intent);
    } catch (IllegalArgumentException e) {
      throw new UnknownIntentException(String.valueOf(intent));
    }
    if (!id.equals(IntentId.OUT_OF_SCOPE) && published.intent(id).isEmpty()) {
      throw new UnknownIntentException(intent);
    }
    String text = question.value().strip();
    questions
        .find(language, text)
        .ifPresentOrElse(
            q -> q.judged(intent, verdict, clock.instant()),
            () ->
                questions.add(
                    new ReviewedQuestion(language, question, intent, verdict, clock.instant())));
  }
}
