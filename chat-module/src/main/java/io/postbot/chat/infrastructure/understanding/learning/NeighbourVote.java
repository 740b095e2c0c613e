package io.postbot.chat.infrastructure.understanding.learning;

import java.io.Serializable;

/**
 * How the nearest training examples vote on the intent: each intent scores the mean cosine of the
 * sentence to its {@code k} most similar examples of that intent; a softmax at {@code temperature}
 * turns the scores into probabilities, and the model's probabilities become {@code 1 - weight}
 * times the head's plus {@code weight} times the vote's (the out-of-scope class keeps the head's
 * share). Weight 0: the head alone.
 *
 * @param k how many of an intent's examples are averaged
 * @param weight the vote's share of the probabilities, 0 to 1
 * @param temperature how sharply the vote prefers the most similar intent
 */
public record NeighbourVote(int k, double weight, double temperature) implements Serializable {

  /** The head alone. */
  public static final NeighbourVote OFF = new NeighbourVote(3, 0, 0.05);

  public NeighbourVote {
    if (k < 1 || weight < 0 || weight > 1 || temperature <= 0) {
      throw new IllegalArgumentException(
          "k must be at least 1, the weight between 0 and 1 and the temperature positive");
    }
  }

  public boolean enabled() {
    return weight > 0;
  }

  /**
   * Blends {@code probabilities} (one per label, {@code outOfScope} the out-of-scope label's index
   * or -1) with the vote of the intents' similarities {@code similarities} (one per label; ignored
   * for out-of-scope and for intents without examples, marked NaN).
   */
  public double[] blend(double[] probabilities, double[] similarities, int outOfScope) {
    if (!enabled()) {
      return probabilities;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < similarities.length; c++) {
      if (c != outOfScope && !Double.isNaN(similarities[c])) {
        max = Math.max(max, similarities[c]);
      }
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return probabilities;
    }
    double[] vote = new double[probabilities.length];
    double sum = 0;
    for (int c = 0; c < vote.length; c++) {
      if (c != outOfScope && !Double.isNaN(similarities[c])) {
        vote[c] = Math.exp((similarities[c] - max) / temperature);
        sum += vote[c];
      }
    }
    double inScope = 1 - (outOfScope < 0 ? 0 : probabilities[outOfScope]);
    double[] blended = new double[probabilities.length];
    for (int c = 0; c < blended.length; c++) {
      blended[c] =
          c == outOfScope
              ? probabilities[c]
              : (1 - weight) * probabilities[c] + weight * inScope * vote[c] / sum;
    }
    return blended;
  }
}
