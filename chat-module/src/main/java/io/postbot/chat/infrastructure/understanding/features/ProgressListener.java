package io.postbot.chat.infrastructure.understanding.features;

/** Hears how far a long step (embedding, training) has come. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = (stage, done, total) -> {};

  void update(String stage, int done, int total);
}
