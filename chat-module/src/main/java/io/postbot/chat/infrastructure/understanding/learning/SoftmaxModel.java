package io.postbot.chat.infrastructure.understanding.learning;

import io.postbot.chat.infrastructure.understanding.features.FeatureMatrix;
import io.postbot.chat.infrastructure.understanding.features.SparseVector;
import java.io.Serializable;

/**
 * Multinomial logistic regression over dense and sparse features: one weight per class and feature,
 * and a bias per class. Immutable after training, so concurrent predictions are safe.
 */
public final class SoftmaxModel implements Serializable {

  final int classes;
  final int denseWidth;
  final float[] dense;
  final float[] sparse;
  final float[] bias;

  SoftmaxModel(int classes, int denseWidth, int sparseWidth) {
    this.classes = classes;
    this.denseWidth = denseWidth;
    this.dense = new float[classes * denseWidth];
    this.sparse = new float[sparseWidth * classes];
    this.bias = new float[classes];
  }

  public int classes() {
    return classes;
  }

  /** Unnormalised class scores for one sentence, written into {@code out}. */
  void logits(float[] x, SparseVector s, double[] out) {
    for (int c = 0; c < classes; c++) {
      out[c] = bias[c] + dot(dense, c * denseWidth, x);
    }
    int[] indices = s.indices();
    float[] values = s.values();
    for (int k = 0; k < indices.length; k++) {
      int row = indices[k] * classes;
      float v = values[k];
      for (int c = 0; c < classes; c++) {
        out[c] += sparse[row + c] * v;
      }
    }
  }

  /** Unnormalised class scores for every row. */
  public double[][] logits(FeatureMatrix features) {
    double[][] result = new double[features.rows()][classes];
    for (int i = 0; i < features.rows(); i++) {
      logits(features.dense()[i], features.sparse()[i], result[i]);
    }
    return result;
  }

  /** Class probabilities for every row, at softmax temperature {@code temperature}. */
  public double[][] probabilities(FeatureMatrix features, double temperature) {
    double[][] result = new double[features.rows()][classes];
    for (int i = 0; i < features.rows(); i++) {
      logits(features.dense()[i], features.sparse()[i], result[i]);
      softmax(result[i], temperature);
    }
    return result;
  }

  static void softmax(double[] scores, double temperature) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int c = 0; c < scores.length; c++) {
      scores[c] = Math.exp((scores[c] - max) / temperature);
      sum += scores[c];
    }
    for (int c = 0; c < scores.length; c++) {
      scores[c] /= sum;
    }
  }

  private static float dot(float[] w, int offset, float[] x) {
    // Four accumulators let the JIT pipeline the multiply-adds.
    float a = 0;
    float b = 0;
    float c = 0;
    float d = 0;
    int j = 0;
    for (; j + 3 < x.length; j += 4) {
      a += w[offset + j] * x[j];
      b += w[offset + j + 1] * x[j + 1];
      c += w[offset + j + 2] * x[j + 2];
      d += w[offset + j + 3] * x[j + 3];
    }
    for (; j < x.length; j++) {
      a += w[offset + j] * x[j];
    }
    return a + b + c + d;
  }
}
