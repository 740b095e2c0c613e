package io.postbot.chat.infrastructure.understanding.features;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Maps sentences to fixed-length dense vectors (sentence embeddings). Implementations run on the
 * CPU in-process and must be safe to call from several threads.
 */
public interface SentenceEncoder {

  /** A short stable name, used in reports. */
  String name();

  /**
   * Identifies the model's exact weights, so that vectors kept on disk are never reused for another
   * version of the model; by default the name.
   */
  default String modelId() {
    return name();
  }

  /** Encodes the sentences in order; {@code progress} receives the count done so far. */
  float[][] encode(List<String> sentences, IntConsumer progress);

  default float[] encode(String sentence) {
    return encode(List.of(sentence), done -> {})[0];
  }
}
