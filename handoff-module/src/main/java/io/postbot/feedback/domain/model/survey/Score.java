package io.postbot.feedback.domain.model.survey;

/** How the customer rated the contact: 1 (poor) to 5 (excellent). */
public record Score(int value) {

  public Score {
    if (value < 1 || value > 5) {
      throw new IllegalArgumentException("a score is a whole number from 1 to 5");
    }
  }
}
