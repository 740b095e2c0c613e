package io.postbot.chat.infrastructure.understanding.learning;

import io.postbot.chat.infrastructure.understanding.features.SparseVector;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The in-scope training examples' dense feature rows, scaled to length one, so that a sentence's
 * cosine similarity to its nearest examples can be measured: a sentence far from every example is
 * likely out of scope even when the softmax head is sure of an intent (the head only sees which
 * side of its boundaries a sentence falls, not how far out it lies). Rows are kept as bytes (each
 * dimension quantised to -127..127 of the row's largest value), a quarter of the memory of floats;
 * cosines move by about 0.001. With the n-gram vectors kept too, the cosine is over the whole
 * feature vector (embeddings and n-grams), which sees Norwegian words the embedding models do not.
 */
public final class NearestExamples implements Serializable {

  private final int width;
  private final byte[] rows;
  private final float[] scales;
  private final SparseVector[] sparse;
  private final float[] denseNorms;
  private final float[] norms;
  private final int[] classes;

  private NearestExamples(
      int width,
      byte[] rows,
      float[] scales,
      SparseVector[] sparse,
      float[] denseNorms,
      int[] classes) {
    this.classes = classes;
    this.width = width;
    this.rows = rows;
    this.scales = scales;
    this.sparse = sparse;
    this.denseNorms = denseNorms;
    this.norms = new float[scales.length];
    for (int i = 0; i < norms.length; i++) {
      double n = denseNorms[i] * (double) denseNorms[i];
      if (sparse != null) {
        n += squaredNorm(sparse[i]);
      }
      norms[i] = (float) Math.sqrt(n);
    }
  }

  /** Keeps {@code dense} (one row per in-scope training example). */
  public static NearestExamples of(float[][] dense) {
    return of(dense, null);
  }

  /**
   * Keeps {@code dense} and, unless null, the n-gram vectors {@code sparse} of the same examples.
   */
  public static NearestExamples of(float[][] dense, SparseVector[] sparse) {
    return of(dense, sparse, null);
  }

  /**
   * Keeps {@code dense}, the n-gram vectors {@code sparse} unless null, and each example's class
   * index {@code classes} unless null (needed for {@link #classSimilarities}).
   */
  public static NearestExamples of(float[][] dense, SparseVector[] sparse, int[] classes) {
    int width = dense.length == 0 ? 0 : dense[0].length;
    byte[] rows = new byte[dense.length * width];
    float[] scales = new float[dense.length];
    float[] denseNorms = new float[dense.length];
    for (int i = 0; i < dense.length; i++) {
      double norm = 0;
      float max = 0;
      for (float v : dense[i]) {
        norm += v * v;
        max = Math.max(max, Math.abs(v));
      }
      norm = Math.sqrt(norm);
      denseNorms[i] = (float) norm;
      if (norm == 0 || max == 0) {
        continue;
      }
      for (int j = 0; j < width; j++) {
        rows[i * width + j] = (byte) Math.round(dense[i][j] / max * 127);
      }
      // scale turns the byte dot product back into the dense dot product
      scales[i] = (float) (max / 127);
    }
    return new NearestExamples(
        width,
        rows,
        scales,
        sparse == null ? null : sparse.clone(),
        denseNorms,
        classes == null ? null : classes.clone());
  }

  public int size() {
    return scales.length;
  }

  /**
   * The cosine similarities of {@code x} to its {@code count} most similar examples, largest first
   * (fewer when there are fewer examples).
   */
  public double[] nearest(float[] x, int count) {
    return nearest(x, null, count);
  }

  /** The same with the sentence's n-gram vector, used when the examples' are kept. */
  public double[] nearest(float[] x, SparseVector s, int count) {
    return nearest(cosines(x, s), count);
  }

  /**
   * The cosines of a sentence to every example (NaN for examples that have no direction, all NaN
   * for a sentence that has none).
   */
  public double[] cosines(float[] x, SparseVector s) {
    double norm = 0;
    for (float v : x) {
      norm += v * v;
    }
    boolean withNgrams = sparse != null && s != null;
    float[] query = null;
    if (withNgrams) {
      norm += squaredNorm(s);
      // The sentence's n-grams spread out by index: each example's dot product is then one
      // lookup per n-gram of the example.
      int width = 0;
      for (int index : s.indices()) {
        width = Math.max(width, index + 1);
      }
      query = new float[width];
      for (int k = 0; k < s.indices().length; k++) {
        query[s.indices()[k]] = s.values()[k];
      }
    }
    norm = Math.sqrt(norm);
    double[] cosines = new double[scales.length];
    for (int i = 0; i < scales.length; i++) {
      if (norm == 0 || norms[i] == 0) {
        cosines[i] = Double.NaN;
        continue;
      }
      double product = dot(i * width, x) * scales[i];
      if (withNgrams) {
        product += dot(sparse[i], query);
      }
      cosines[i] = product / (norm * (withNgrams ? norms[i] : denseNorms[i]));
    }
    return cosines;
  }

  /** The {@code count} largest of {@code cosines}, largest first (-2 where there are none). */
  public static double[] nearest(double[] cosines, int count) {
    int k = Math.min(count, cosines.length);
    double[] top = new double[k];
    Arrays.fill(top, -2);
    for (double cosine : cosines) {
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

  /**
   * For each of {@code classCount} classes, the mean of the {@code k} largest {@code cosines} of
   * its examples (fewer if it has fewer); NaN for a class without examples.
   */
  public double[] classSimilarities(double[] cosines, int k, int classCount) {
    if (classes == null) {
      throw new IllegalStateException("the examples were kept without their classes");
    }
    double[][] top = new double[classCount][k];
    int[] seen = new int[classCount];
    for (double[] t : top) {
      Arrays.fill(t, -2);
    }
    for (int i = 0; i < cosines.length; i++) {
      double cosine = cosines[i];
      if (Double.isNaN(cosine)) {
        continue;
      }
      double[] t = top[classes[i]];
      seen[classes[i]]++;
      if (cosine > t[k - 1]) {
        int at = k - 1;
        while (at > 0 && t[at - 1] < cosine) {
          t[at] = t[at - 1];
          at--;
        }
        t[at] = cosine;
      }
    }
    double[] result = new double[classCount];
    for (int c = 0; c < classCount; c++) {
      int n = Math.min(k, seen[c]);
      if (n == 0) {
        result[c] = Double.NaN;
        continue;
      }
      double sum = 0;
      for (int j = 0; j < n; j++) {
        sum += top[c][j];
      }
      result[c] = sum / n;
    }
    return result;
  }

  private static double squaredNorm(SparseVector v) {
    double n = 0;
    for (float value : v.values()) {
      n += value * value;
    }
    return n;
  }

  /** Dot product of a sparse vector with a dense one (indices beyond it count zero). */
  private static double dot(SparseVector a, float[] dense) {
    int[] indices = a.indices();
    float[] values = a.values();
    double sum = 0;
    for (int k = 0; k < indices.length; k++) {
      if (indices[k] < dense.length) {
        sum += values[k] * dense[indices[k]];
      }
    }
    return sum;
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
