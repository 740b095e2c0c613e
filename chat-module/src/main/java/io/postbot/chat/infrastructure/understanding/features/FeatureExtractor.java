package io.postbot.chat.infrastructure.understanding.features;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns sentences into a {@link FeatureMatrix}: the embeddings of every encoder, concatenated and
 * standardised with the training set's mean and spread, plus the n-gram TF-IDF vector. Built by
 * {@link #fit}; immutable and thread-safe afterwards.
 */
public final class FeatureExtractor implements Serializable {

  private final List<SentenceEncoder> encoders;
  private final NgramVocabulary vocabulary;
  private final float[] mean;
  private final float[] scale;

  private FeatureExtractor(
      List<SentenceEncoder> encoders, NgramVocabulary vocabulary, float[] mean, float[] scale) {
    this.encoders = List.copyOf(encoders);
    this.vocabulary = vocabulary;
    this.mean = mean;
    this.scale = scale;
  }

  /** A fitted extractor and the features of the sentences it was fitted on. */
  public record Fitted(FeatureExtractor extractor, FeatureMatrix features) {}

  public static Fitted fit(
      List<String> sentences,
      List<SentenceEncoder> encoders,
      NgramSettings ngrams,
      ProgressListener progress) {
    return fit(sentences, encoders, encoders, ngrams, progress);
  }

  /**
   * Fits on {@code sentences}, embedding them with {@code trainingEncoders} (the same models, e.g.
   * behind a cache) while the fitted extractor keeps {@code encoders} for the sentences it meets
   * later.
   */
  public static Fitted fit(
      List<String> sentences,
      List<SentenceEncoder> encoders,
      List<SentenceEncoder> trainingEncoders,
      NgramSettings ngrams,
      ProgressListener progress) {
    if (trainingEncoders.size() != encoders.size()) {
      throw new IllegalArgumentException("one training encoder per encoder");
    }
    float[][] raw = embed(trainingEncoders, sentences, progress);
    int width = raw.length == 0 ? 0 : raw[0].length;
    float[] mean = new float[width];
    float[] scale = new float[width];
    for (float[] row : raw) {
      for (int j = 0; j < width; j++) {
        mean[j] += row[j] / raw.length;
      }
    }
    for (float[] row : raw) {
      for (int j = 0; j < width; j++) {
        scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / raw.length;
      }
    }
    for (int j = 0; j < width; j++) {
      // Standardised dims, shrunk so that the dense block's length is about one like the n-grams'.
      scale[j] = (float) (1 / (Math.sqrt(scale[j] + 1e-8) * Math.sqrt(width)));
    }
    NgramVocabulary vocabulary = NgramVocabulary.fit(sentences, ngrams);
    FeatureExtractor extractor = new FeatureExtractor(encoders, vocabulary, mean, scale);
    return new Fitted(extractor, extractor.assemble(raw, sentences));
  }

  public FeatureMatrix extract(List<String> sentences, ProgressListener progress) {
    return assemble(embed(encoders, sentences, progress), sentences);
  }

  public int sparseWidth() {
    return vocabulary.size();
  }

  public int denseWidth() {
    return mean.length;
  }

  private FeatureMatrix assemble(float[][] raw, List<String> sentences) {
    SparseVector[] sparse = new SparseVector[sentences.size()];
    for (int i = 0; i < raw.length; i++) {
      for (int j = 0; j < mean.length; j++) {
        raw[i][j] = (raw[i][j] - mean[j]) * scale[j];
      }
      sparse[i] = vocabulary.vector(sentences.get(i));
    }
    return new FeatureMatrix(raw, sparse);
  }

  private static float[][] embed(
      List<SentenceEncoder> encoders, List<String> sentences, ProgressListener progress) {
    List<float[][]> parts = new ArrayList<>();
    int width = 0;
    for (SentenceEncoder encoder : encoders) {
      float[][] part =
          encoder.encode(
              sentences, done -> progress.update(encoder.name(), done, sentences.size()));
      parts.add(part);
      width += sentences.isEmpty() ? 0 : part[0].length;
    }
    float[][] rows = new float[sentences.size()][width];
    for (int i = 0; i < rows.length; i++) {
      int offset = 0;
      for (float[][] part : parts) {
        System.arraycopy(part[i], 0, rows[i], offset, part[i].length);
        offset += part[i].length;
      }
    }
    return rows;
  }
}
