package io.postbot.chat.domain.model.understanding;

import io.postbot.chat.domain.model.knowledge.IntentId;

/** One candidate intent with the classifier's confidence in it (0 to 1). */
public record ScoredIntent(IntentId intent, double confidence) {

  public ScoredIntent {
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1");
    }
  }
}
