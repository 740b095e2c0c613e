package io.postbot.chat.domain.model.understanding;

import java.util.List;
import java.util.Optional;

/** Port to the classifier's training: learn from examples, and read back a saved model. */
public interface ModelTraining {

  /** The recipe new models are trained with, e.g. "minilm,bge,words,chars". */
  String recipe();

  TrainedModel train(List<LabelledSentence> examples, TrainingProgress progress);

  /**
   * A saved model, if this build can still use it: saved with the same recipe and format, and
   * giving the answers it gave when saved. Empty means: train it again.
   */
  Optional<TrainedModel> load(byte[] saved);
}
