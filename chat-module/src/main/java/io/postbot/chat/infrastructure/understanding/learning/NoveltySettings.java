package io.postbot.chat.infrastructure.understanding.learning;

import java.io.Serializable;

/**
 * How far from the training examples weighs in the out-of-scope decision: the confidence that the
 * threshold applies to is the best intent's probability minus {@code weight} times one minus the
 * mean cosine similarity of the sentence to its {@code k} nearest in-scope training examples (dense
 * features). Weight 0 leaves the probability alone and keeps no examples.
 *
 * @param k how many nearest examples are averaged
 * @param weight how much the distance lowers the confidence
 * @param ngrams whether the cosine is over the whole feature vector (embeddings and n-grams)
 *     instead of the embeddings alone
 */
public record NoveltySettings(int k, double weight, boolean ngrams) implements Serializable {

  /** Probability alone, as before distances were measured. */
  public static final NoveltySettings OFF = new NoveltySettings(1, 0);

  /** Cosine over the embeddings alone. */
  public NoveltySettings(int k, double weight) {
    this(k, weight, false);
  }

  public NoveltySettings withNgrams(boolean value) {
    return new NoveltySettings(k, weight, value);
  }

  public NoveltySettings {
    if (k < 1 || weight < 0) {
      throw new IllegalArgumentException("k must be at least 1 and the weight not negative");
    }
  }

  public boolean enabled() {
    return weight > 0;
  }

  /** The confidence for a best-intent probability and the nearest similarities, largest first. */
  public double confidence(double probability, double[] nearest) {
    if (!enabled() || nearest.length == 0) {
      return probability;
    }
    int n = Math.min(k, nearest.length);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += nearest[i];
    }
    return probability - weight * (1 - sum / n);
  }
}
