package io.postbot.chat.domain.model.understanding;

import java.util.Optional;

/** The model the bot answers customers with on this server, and its version. */
public interface ActiveModel {

  /** From now on the bot understands customers with {@code model}, version {@code version}. */
  void use(TrainedModel model, int version);

  /** The version in use, once one was put in use. */
  Optional<Integer> version();

  /** The model in use, once one was put in use. */
  Optional<TrainedModel> model();
}
