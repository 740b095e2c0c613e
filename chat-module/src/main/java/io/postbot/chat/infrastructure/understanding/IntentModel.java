package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.infrastructure.understanding.features.FeatureExtractor;
import io.postbot.chat.infrastructure.understanding.features.FeatureMatrix;
import io.postbot.chat.infrastructure.understanding.features.ProgressListener;
import io.postbot.chat.infrastructure.understanding.learning.NearestExamples;
import io.postbot.chat.infrastructure.understanding.learning.NeighbourVote;
import io.postbot.chat.infrastructure.understanding.learning.NoveltySettings;
import io.postbot.chat.infrastructure.understanding.learning.SoftmaxModel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained intent model: features plus softmax head over the known labels. When the training data
 * had out-of-scope sentences, "oos" is one of the labels and soaks up probability for sentences
 * like them. With {@link NoveltySettings} enabled it keeps the in-scope training examples' dense
 * rows, and a sentence far from all of them gets a lower confidence. Immutable and thread-safe.
 */
public final class IntentModel implements Serializable {

  private final List<String> labels;
  private final FeatureExtractor extractor;
  private final SoftmaxModel head;
  private final double temperature;
  private final NearestExamples examples;
  private final NoveltySettings novelty;
  private final boolean twoTopics;
  private final NeighbourVote vote;

  IntentModel(
      List<String> labels,
      FeatureExtractor extractor,
      SoftmaxModel head,
      double t,
      NearestExamples examples,
      NoveltySettings novelty,
      boolean twoTopics) {
    this(labels, extractor, head, t, examples, novelty, twoTopics, NeighbourVote.OFF);
  }

  IntentModel(
      List<String> labels,
      FeatureExtractor extractor,
      SoftmaxModel head,
      double t,
      NearestExamples examples,
      NoveltySettings novelty,
      boolean twoTopics,
      NeighbourVote vote) {
    this.vote = examples == null ? NeighbourVote.OFF : vote;
    this.labels = List.copyOf(labels);
    this.extractor = extractor;
    this.head = head;
    this.temperature = t;
    this.examples = examples;
    this.novelty = examples == null ? NoveltySettings.OFF : novelty;
    this.twoTopics = twoTopics;
  }

  /**
   * What the model makes of a sentence: probabilities, and similarities to the nearest examples.
   */
  public record Reading(double[] probabilities, double[] nearest, double partConfidence) {

    /** A sentence read whole. */
    public Reading(double[] probabilities, double[] nearest) {
      this(probabilities, nearest, 0);
    }
  }

  public NoveltySettings novelty() {
    return novelty;
  }

  /** The same model deciding with other novelty settings (its kept examples stay). */
  public IntentModel withNovelty(NoveltySettings value) {
    return new IntentModel(labels, extractor, head, temperature, examples, value, twoTopics, vote);
  }

  public NeighbourVote vote() {
    return vote;
  }

  /**
   * The same model with another vote of the nearest examples (the model must keep them, with their
   * classes, for a vote to count).
   */
  public IntentModel withVote(NeighbourVote value) {
    return new IntentModel(
        labels, extractor, head, temperature, examples, novelty, twoTopics, value);
  }

  /** Whether long messages are also read in parts ({@link TopicSplitter}). */
  public boolean twoTopics() {
    return twoTopics;
  }

  /** The same model reading long messages in parts ({@link TopicSplitter}) or not. */
  public IntentModel withTwoTopics(boolean value) {
    return new IntentModel(labels, extractor, head, temperature, examples, novelty, value, vote);
  }

  /** The labels in the order of the probability arrays. */
  public List<String> labels() {
    return labels;
  }

  public IntentModel withTemperature(double value) {
    return new IntentModel(labels, extractor, head, value, examples, novelty, twoTopics, vote);
  }

  public double temperature() {
    return temperature;
  }

  public Reading read(String sentence) {
    return read(List.of(sentence), ProgressListener.NONE).get(0);
  }

  public List<Reading> read(List<String> sentences, ProgressListener progress) {
    return read(sentences, progress, novelty.k());
  }

  /**
   * Readings with the {@code nearest} most similar examples each; a long message about two topics
   * gets the mean probabilities of its two parts ({@link TopicSplitter}).
   */
  public List<Reading> read(List<String> sentences, ProgressListener progress, int nearest) {
    List<String> all = new ArrayList<>(sentences);
    List<List<String>> parts = new ArrayList<>();
    for (String sentence : sentences) {
      List<String> p = twoTopics ? TopicSplitter.parts(sentence) : List.of();
      parts.add(p);
      all.addAll(p);
    }
    FeatureMatrix features = features(all, progress);
    double[][] probabilities = probabilities(features);
    List<Reading> whole = read(features, probabilities, sentences.size(), nearest);
    List<Reading> readings = new ArrayList<>(whole.size());
    int next = sentences.size();
    for (int i = 0; i < whole.size(); i++) {
      List<double[]> partProbabilities = new ArrayList<>();
      for (int j = 0; j < parts.get(i).size(); j++) {
        partProbabilities.add(probabilities[next++]);
      }
      Reading r = whole.get(i);
      double[] combined =
          partProbabilities.isEmpty()
              ? null
              : TopicSplitter.combine(labels, r.probabilities(), partProbabilities);
      readings.add(
          combined == null
              ? r
              : new Reading(
                  combined, r.nearest(), TopicSplitter.partConfidence(labels, partProbabilities)));
    }
    return readings;
  }

  /**
   * Readings of featurised sentences with the {@code nearest} most similar examples each (none when
   * the model keeps no examples).
   */
  public List<Reading> read(FeatureMatrix features, int nearest) {
    return read(features, probabilities(features), features.rows(), nearest);
  }

  private List<Reading> read(
      FeatureMatrix features, double[][] probabilities, int rows, int nearest) {
    List<Reading> readings = new ArrayList<>(rows);
    int outOfScope = labels.indexOf(LabelledText.OUT_OF_SCOPE);
    for (int i = 0; i < rows; i++) {
      if (examples == null) {
        readings.add(new Reading(probabilities[i], new double[0]));
        continue;
      }
      double[] cosines = examples.cosines(features.dense()[i], features.sparse()[i]);
      double[] p = probabilities[i];
      if (vote.enabled()) {
        p = vote.blend(p, examples.classSimilarities(cosines, vote.k(), labels.size()), outOfScope);
      }
      readings.add(new Reading(p, NearestExamples.nearest(cosines, nearest)));
    }
    return readings;
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

  /** The head's unnormalised class scores, in the order of {@link #labels()}. */
  public double[][] logits(FeatureMatrix features) {
    return head.logits(features);
  }

  public double[][] probabilities(FeatureMatrix features) {
    return head.probabilities(features, temperature);
  }

  /**
   * The best label other than out-of-scope, its confidence (probability, lowered by the distance to
   * the nearest examples), and whether "oos" won outright.
   */
  public Decision decide(Reading reading) {
    return decide(reading.probabilities(), reading.nearest(), reading.partConfidence());
  }

  private Decision decide(double[] probabilities, double[] nearest, double partConfidence) {
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
        best < 0 ? null : labels.get(best),
        best < 0 ? 0 : novelty.confidence(Math.max(probabilities[best], partConfidence), nearest),
        oosWins);
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
