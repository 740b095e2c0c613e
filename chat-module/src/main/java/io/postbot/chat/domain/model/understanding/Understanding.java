package io.postbot.chat.domain.model.understanding;

import io.postbot.chat.domain.model.knowledge.IntentId;
import java.util.List;
import java.util.Optional;

/**
 * What the classifier made of a sentence: the candidates best first, and whether the best one is
 * confident enough to answer (otherwise the sentence is out of scope).
 */
public record Understanding(List<ScoredIntent> ranking, boolean inScope) {

  /**
   * How close the runner-up may come to the best intent before the bot asks which one was meant
   * rather than guess: a difference in confidence below this is too close to call.
   */
  public static final double AMBIGUITY_MARGIN = 0.1;

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

  /**
   * True when the sentence is in scope but the two best intents are less than {@link
   * #AMBIGUITY_MARGIN} apart, so the bot should ask which was meant.
   */
  public boolean isAmbiguous() {
    return inScope
        && ranking.size() >= 2
        && ranking.get(0).confidence() - ranking.get(1).confidence() < AMBIGUITY_MARGIN;
  }

  /**
   * The intents within {@link #AMBIGUITY_MARGIN} of the best one, best first: the choices to offer
   * when the sentence is ambiguous (just the best one otherwise; none when out of scope).
   */
  public List<IntentId> closeCandidates() {
    if (!inScope || ranking.isEmpty()) {
      return List.of();
    }
    double best = ranking.get(0).confidence();
    return ranking.stream()
        .filter(candidate -> best - candidate.confidence() < AMBIGUITY_MARGIN)
        .map(ScoredIntent::intent)
        .toList();
  }
}
