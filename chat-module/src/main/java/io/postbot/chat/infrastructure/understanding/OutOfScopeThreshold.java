package io.postbot.chat.infrastructure.understanding;

import java.util.List;
import java.util.TreeSet;

/**
 * Chooses the confidence below which a sentence counts as out of scope: the threshold that
 * maximises accuracy over all classes, out-of-scope included, on validation data (the rule of
 * Larson et al. 2019 for CLINC150). Candidates lie halfway between neighbouring confidences, so the
 * rule does not sit exactly on a validation example; of equally good ones the lowest wins.
 */
public final class OutOfScopeThreshold {

  private OutOfScopeThreshold() {}

  /**
   * @param decisions the model's decisions on the validation sentences
   * @param gold their true labels ("oos" for out-of-scope), in the same order
   */
  public static double choose(List<IntentModel.Decision> decisions, List<String> gold) {
    if (decisions.size() != gold.size() || decisions.isEmpty()) {
      throw new IllegalArgumentException("one gold label per decision, and at least one");
    }
    TreeSet<Double> confidences = new TreeSet<>();
    decisions.forEach(d -> confidences.add(d.confidence()));
    double best = 0;
    int bestCorrect = correct(decisions, gold, 0);
    Double previous = null;
    for (double confidence : confidences) {
      if (previous != null) {
        double candidate = (previous + confidence) / 2;
        int correct = correct(decisions, gold, candidate);
        if (correct > bestCorrect) {
          bestCorrect = correct;
          best = candidate;
        }
      }
      previous = confidence;
    }
    double rejectAll = Math.nextUp(confidences.last());
    return correct(decisions, gold, rejectAll) > bestCorrect ? rejectAll : best;
  }

  /** How many decisions are right when sentences below {@code threshold} are out of scope. */
  public static int correct(List<IntentModel.Decision> decisions, List<String> gold, double t) {
    int correct = 0;
    for (int i = 0; i < decisions.size(); i++) {
      if (decisions.get(i).labelAt(t).equals(gold.get(i))) {
        correct++;
      }
    }
    return correct;
  }
}
