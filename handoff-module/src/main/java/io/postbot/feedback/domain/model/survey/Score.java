package io.postbot.feedback.domain.model.survey;

import io.postbot.shared.InvalidInputException;

/** How the customer rated the contact: 1 (poor) to 5 (excellent). */
public record Score(int value) {

  public Score {
    if (value < 1 || value > 5) {
      throw new InvalidInputException(
          "invalid-survey-answer", "survey.score", "a score is a whole number from 1 to 5");
    }
  }
}
