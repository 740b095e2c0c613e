package io.postbot.chat.infrastructure.understanding.learning;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The in-scope training examples' dense feature rows, scaled to length one, so that a sentence's
 * cosine similarity to its nearest examples can be measured: a sentence far from every example is
 * likely out of scope even when the softmax head is sure of an intent (the head only sees which
 * side of its boundaries a sentence falls, not how far out it lies). Rows are kept as bytes (each
 * dimension quantised to -127..127 of the row's largest value), a quarter of the memory of floats;
 * cosines move by about 0.001.
 */
public final class NearestExamples implements Serializable {

  private final int width;
  private final byte[] rows;
  private final float[] scales;

  private NearestExamples(int width, byte[] rows, float[] scales) {
    this.width = width;
    this.rows = rows;
    this.scales = scales;
  }

  /** Keeps {@code dense} (one row per in-scope training example). */
  public static NearestExamples of(float[][] dense) {
    int width = dense.length == 0 ? 0 : dense[0].length;
    byte[] rows = new byte[dense.length * width];
    float[] scales = new float[dense.length];
    for (int i = 0; i < dense.length; i++) {
      double norm = 0;
      float max = 0;
      for (float v : dense[i]) {
        norm += v * v;
        max = Math.max(max, Math.abs(v));
      }
      norm = Math.sqrt(norm);
      if (norm == 0 || max == 0) {
        continue;
      }
      for (int j = 0; j < width; j++) {
        rows[i * width + j] = (byte) Math.round(dense[i][j] / max * 127);
      }
      scales[i] = (float) (max / 127 / norm);
    }
    return new NearestExamples(width, rows, scales);
  }

  public int size() {
    return scales.length;
  }

  /**
   * The cosine similarities of {@code x} to its {@code count} most similar examples, largest first
   * (fewer when there are fewer examples).
   */
  public double[] nearest(float[] x, int count) {
    double norm = 0;
    for (float v : x) {
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    int k = Math.min(count, scales.length);
    double[] top = new double[k];
    Arrays.fill(top, -2);
    if (norm == 0) {
      return top;
    }
    for (int i = 0; i < scales.length; i++) {
      double cosine = dot(i * width, x) * scales[i] / norm;
      if (k > 0 && cosine > top[k - 1]) {
        int at = k - 1;
        while (at > 0 && top[at - 1] < cosine) {
          top[at] = top[at - 1];
          at--;
        }
        top[at] = cosine;
      }
    }
    return top;
  }

  private float dot(int offset, float[] x) {
    float a = 0;
    float b = 0;
    float c = 0;
    float d = 0;
    int j = 0;
    for (; j + 3 < width; j += 4) {
      a += rows[offset + j] * x[j];
      b += rows[offset + j + 1] * x[j + 1];
      c += rows[offset + j + 2] * x[j + 2];
      d += rows[offset + j + 3] * x[j + 3];
    }
    for (; j < width; j++) {
      a += rows[offset + j] * x[j];
    }
    return a + b + c + d;
  }
}
