package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.infrastructure.understanding.features.FeatureExtractor;
import io.postbot.chat.infrastructure.understanding.features.FeatureMatrix;
import io.postbot.chat.infrastructure.understanding.features.ProgressListener;
import io.postbot.chat.infrastructure.understanding.learning.SoftmaxModel;
import java.io.Serializable;
import java.util.List;

/**
 * A trained intent model: features plus softmax head over the known labels. When the training data
 * had out-of-scope sentences, "oos" is one of the labels and soaks up probability for sentences
 * like them. Immutable and thread-safe.
 */
public final class IntentModel implements Serializable {

  private final List<String> labels;
  private final FeatureExtractor extractor;
  private final SoftmaxModel head;
  private final double temperature;

  IntentModel(List<String> labels, FeatureExtractor extractor, SoftmaxModel head, double t) {
    this.labels = List.copyOf(labels);
    this.extractor = extractor;
    this.head = head;
    this.temperature = t;
  }

  /** The labels in the order of the probability arrays. */
  public List<String> labels() {
    return labels;
  }

  public IntentModel withTemperature(double value) {
    return new IntentModel(labels, extractor, head, value);
  }

  public double temperature() {
    return temperature;
  }

  public double[] probabilities(String sentence) {
    return probabilities(List.of(sentence), ProgressListener.NONE)[0];
  }

  public double[][] probabilities(List<String> sentences, ProgressListener progress) {
    return probabilities(features(sentences, progress));
  }

  public FeatureMatrix features(List<String> sentences, ProgressListener progress) {
    return extractor.extract(sentences, progress);
  }

  public double[][] probabilities(FeatureMatrix features) {
    return head.probabilities(features, temperature);
  }

  /** The best label other than out-of-scope, its probability, and whether "oos" won outright. */
  public Decision decide(double[] probabilities) {
    int best = -1;
    boolean oosWins = false;
    double oos = 0;
    for (int c = 0; c < probabilities.length; c++) {
      if (labels.get(c).equals(LabelledText.OUT_OF_SCOPE)) {
        oos = probabilities[c];
      } else if (best < 0 || probabilities[c] > probabilities[best]) {
        best = c;
      }
    }
    oosWins = best < 0 || oos > probabilities[best];
    return new Decision(
        best < 0 ? null : labels.get(best), best < 0 ? 0 : probabilities[best], oosWins);
  }

  /** The top intent and its confidence; {@code rejected} when the out-of-scope class won. */
  public record Decision(String label, double confidence, boolean rejected) {

    /** The label this decision stands for under a confidence threshold. */
    public String labelAt(double threshold) {
      return rejected || label == null || confidence < threshold
          ? LabelledText.OUT_OF_SCOPE
          : label;
    }
  }
}
