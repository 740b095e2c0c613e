package io.postbot.chat.infrastructure.understanding.features;

/** A sparse feature vector: ascending feature indices and their values. */
public record SparseVector(int[] indices, float[] values) {

  public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  public SparseVector {
    if (indices.length != values.length) {
      throw new IllegalArgumentException("one value per index");
    }
  }

  public int size() {
    return indices.length;
  }
}
