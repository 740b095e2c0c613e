package io.postbot.chat.domain.model.understanding;

import io.postbot.chat.domain.model.knowledge.IntentId;
import java.util.List;
import java.util.Optional;

/**
 * What the classifier made of a sentence: the candidates best first, and whether the best one is
 * confident enough to answer (otherwise the sentence is out of scope).
 */
public record Understanding(List<ScoredIntent> ranking, boolean inScope) {

  public Understanding {
    ranking = List.copyOf(ranking);
  }

  public static Understanding outOfScope(List<ScoredIntent> ranking) {
    return new Understanding(ranking, false);
  }

  /** The intent to answer, or empty when the sentence is out of scope. */
  public Optional<IntentId> intent() {
    return inScope && !ranking.isEmpty() ? Optional.of(ranking.get(0).intent()) : Optional.empty();
  }

  public double confidence() {
    return ranking.isEmpty() ? 0 : ranking.get(0).confidence();
  }
}
