package io.postbot.chat.infrastructure.understanding.features;

/** The features of a list of sentences: one dense row and one sparse vector per sentence. */
public record FeatureMatrix(float[][] dense, SparseVector[] sparse) {

  public FeatureMatrix {
    if (dense.length != sparse.length) {
      throw new IllegalArgumentException("one dense and one sparse row per sentence");
    }
  }

  public int rows() {
    return dense.length;
  }

  public int denseWidth() {
    return dense.length == 0 ? 0 : dense[0].length;
  }

  /** The rows at the given positions, sharing the row arrays. */
  public FeatureMatrix select(int[] rows) {
    float[][] d = new float[rows.length][];
    SparseVector[] s = new SparseVector[rows.length];
    for (int i = 0; i < rows.length; i++) {
      d[i] = dense[rows[i]];
      s[i] = sparse[rows[i]];
    }
    return new FeatureMatrix(d, s);
  }
}
