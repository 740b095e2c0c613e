package io.postbot.chat.domain.model.understanding;

/** Hears how far a long step of training or evaluation has come. */
@FunctionalInterface
public interface TrainingProgress {

  TrainingProgress NONE = (stage, done, total) -> {};

  /**
   * @param stage what is being done: an embedding model's name, "training", "evaluating"
   */
  void update(String stage, int done, int total);
}
