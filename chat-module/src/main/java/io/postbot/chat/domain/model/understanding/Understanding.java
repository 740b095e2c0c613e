package io.postbot.chat.domain.model.understanding;

import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.shared.Language;
import java.util.List;
import java.util.Optional;

/**
 * What the classifier made of a sentence: the candidates best first with calibrated confidences,
 * whether the best one is confident enough to answer (otherwise the sentence is out of scope), and
 * which language the sentence looks like.
 *
 * <p>Disambiguation rule: when the sentence is in scope but the two best candidates are less than
 * {@link #AMBIGUITY_MARGIN} apart, it is {@linkplain #isAmbiguous() ambiguous} and the dialogue
 * should ask "did you mean A or B?" with {@link #closeCandidates()}.
 *
 * @param ranking the intents, most likely first; confidences are probabilities (they sum to at most
 *     one; the rest went to "out of scope")
 * @param inScope whether the best intent passed the out-of-scope threshold
 * @param language the language the sentence looks like, or null when the classifier did not tell
 */
public record Understanding(List<ScoredIntent> ranking, boolean inScope, Language language) {

  /** Two best candidates closer than this (difference of probabilities) are ambiguous. */
  public static final double AMBIGUITY_MARGIN = 0.2;

  public Understanding {
    ranking = List.copyOf(ranking);
  }

  /** An understanding without language detection. */
  public Understanding(List<ScoredIntent> ranking, boolean inScope) {
    this(ranking, inScope, null);
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

  /** How far the best candidate is ahead of the second (its whole confidence if it is alone). */
  public double margin() {
    return ranking.size() < 2 ? confidence() : confidence() - ranking.get(1).confidence();
  }

  /** In scope, but the second candidate is nearly as likely as the first. */
  public boolean isAmbiguous() {
    return inScope && ranking.size() >= 2 && margin() < AMBIGUITY_MARGIN;
  }

  /** The detected language, or the conversation's when the classifier did not tell. */
  public Language languageOr(Language conversationLanguage) {
    return language == null ? conversationLanguage : language;
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
