package io.postbot.chat.infrastructure.understanding.learning;

import io.postbot.chat.infrastructure.understanding.features.FeatureMatrix;
import io.postbot.chat.infrastructure.understanding.features.SparseVector;
import java.util.Random;

/**
 * Trains a {@link SoftmaxModel} by minimising cross-entropy with Adam. Dense weights are updated
 * every step; sparse weights only where the batch had a feature ("lazy" Adam), which keeps a large
 * n-gram vocabulary cheap.
 */
public final class SoftmaxTrainer {

  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPSILON = 1e-8;

  private final TrainingOptions options;

  public SoftmaxTrainer(TrainingOptions options) {
    this.options = options;
  }

  /** Called after each epoch with the model so far, e.g. to watch validation accuracy. */
  @FunctionalInterface
  public interface EpochListener {
    void epochDone(int epoch, SoftmaxModel model);
  }

  public SoftmaxModel train(FeatureMatrix x, int[] labels, int classes, int sparseWidth) {
    return train(x, labels, classes, sparseWidth, null, (epoch, model) -> {});
  }

  /**
   * @param classWeight how much an example of each class counts (null: all one)
   */
  public SoftmaxModel train(
      FeatureMatrix x,
      int[] labels,
      int classes,
      int sparseWidth,
      float[] classWeight,
      EpochListener listener) {
    int width = x.denseWidth();
    SoftmaxModel model = new SoftmaxModel(classes, width, sparseWidth);
    AdamState dense = new AdamState(model.dense.length);
    AdamState bias = new AdamState(classes);
    AdamState sparse = new AdamState(model.sparse.length);
    float[] denseGrad = new float[model.dense.length];
    float[] biasGrad = new float[classes];
    float[] sparseGrad = new float[model.sparse.length];
    int[] touched = new int[sparseWidth];
    int[] touchedStamp = new int[sparseWidth];
    double[] scores = new double[classes];
    int[] order = new int[x.rows()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(options.seed());
    int batches = (x.rows() + options.batchSize() - 1) / options.batchSize();
    int totalSteps = Math.max(1, batches * options.epochs());
    int step = 0;
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      shuffle(order, random);
      for (int from = 0; from < order.length; from += options.batchSize()) {
        int to = Math.min(order.length, from + options.batchSize());
        java.util.Arrays.fill(denseGrad, 0);
        java.util.Arrays.fill(biasGrad, 0);
        int touchedCount = 0;
        step++;
        for (int k = from; k < to; k++) {
          int i = order[k];
          float[] row = x.dense()[i];
          SparseVector s = x.sparse()[i];
          model.logits(row, s, scores);
          SoftmaxModel.softmax(scores, 1);
          scores[labels[i]] -= 1;
          if (classWeight != null) {
            for (int c = 0; c < classes; c++) {
              scores[c] *= classWeight[labels[i]];
            }
          }
          for (int c = 0; c < classes; c++) {
            float delta = (float) scores[c];
            biasGrad[c] += delta;
            int offset = c * width;
            for (int j = 0; j < width; j++) {
              denseGrad[offset + j] += delta * row[j];
            }
          }
          for (int n = 0; n < s.size(); n++) {
            int feature = s.indices()[n];
            if (touchedStamp[feature] != step) {
              touchedStamp[feature] = step;
              touched[touchedCount++] = feature;
              java.util.Arrays.fill(sparseGrad, feature * classes, (feature + 1) * classes, 0f);
            }
            float v = s.values()[n];
            for (int c = 0; c < classes; c++) {
              sparseGrad[feature * classes + c] += (float) scores[c] * v;
            }
          }
        }
        double rate = options.learningRate() * (1 - (double) (step - 1) / totalSteps);
        float scale = 1f / (to - from);
        float stepSize =
            (float) (rate * Math.sqrt(1 - Math.pow(BETA2, step)) / (1 - Math.pow(BETA1, step)));
        float shrink = (float) (1 - rate * options.weightDecay());
        dense.update(model.dense, denseGrad, 0, model.dense.length, scale, stepSize, shrink);
        bias.update(model.bias, biasGrad, 0, classes, scale, stepSize, 1f);
        for (int t = 0; t < touchedCount; t++) {
          int offset = touched[t] * classes;
          sparse.update(
              model.sparse, sparseGrad, offset, offset + classes, scale, stepSize, shrink);
        }
      }
      listener.epochDone(epoch, model);
    }
    return model;
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
  }

  /** Adam's running moments for one block of parameters. */
  private static final class AdamState {
    private final float[] m;
    private final float[] v;

    AdamState(int size) {
      m = new float[size];
      v = new float[size];
    }

    void update(float[] w, float[] g, int from, int to, float scale, float stepSize, float shrink) {
      final float b1 = (float) BETA1;
      final float b2 = (float) BETA2;
      final float eps = (float) EPSILON;
      for (int i = from; i < to; i++) {
        float grad = g[i] * scale;
        m[i] = b1 * m[i] + (1 - b1) * grad;
        v[i] = b2 * v[i] + (1 - b2) * grad * grad;
        w[i] = w[i] * shrink - stepSize * m[i] / ((float) Math.sqrt(v[i]) + eps);
      }
    }
  }
}
