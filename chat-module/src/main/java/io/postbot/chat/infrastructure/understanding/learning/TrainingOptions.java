package io.postbot.chat.infrastructure.understanding.learning;

/**
 * How a softmax head is trained: Adam on mini-batches with decoupled weight decay and a learning
 * rate that falls linearly to zero.
 *
 * @param epochs passes over the training data
 * @param batchSize examples per update
 * @param learningRate Adam's initial step size
 * @param weightDecay decoupled L2 shrinkage per step, relative to the learning rate
 * @param seed fixes the shuffling, so training is repeatable
 * @param outOfScopeWeight how much each out-of-scope example counts against an intent example;
 *     above one pushes more probability to "out of scope" for sentences unlike every intent
 */
public record TrainingOptions(
    int epochs,
    int batchSize,
    double learningRate,
    double weightDecay,
    long seed,
    double outOfScopeWeight) {

  public static final TrainingOptions DEFAULT = new TrainingOptions(30, 32, 0.02, 1e-3, 42, 1);

  public TrainingOptions withEpochs(int value) {
    return new TrainingOptions(value, batchSize, learningRate, weightDecay, seed, outOfScopeWeight);
  }
}
