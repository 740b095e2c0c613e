package io.postbot.chat.infrastructure.understanding.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Looks sentences up in an {@link EmbeddingCache} before embedding them, and remembers the vectors
 * of the new ones there (keyed by the delegate's {@link SentenceEncoder#modelId()}). Whatever
 * passes through this encoder may end up on disk: the bot wraps its encoders with it only to embed
 * its content's examples while training, never to understand a customer's message.
 */
public final class CachingSentenceEncoder implements SentenceEncoder {

  private final SentenceEncoder delegate;
  private final EmbeddingCache cache;
  private final boolean saveAfterEncoding;

  /**
   * @param saveAfterEncoding write the file after each call that embedded something new (an
   *     interrupted evaluation run keeps what it embedded); otherwise the owner calls {@link
   *     EmbeddingCache#save}
   */
  public CachingSentenceEncoder(
      SentenceEncoder delegate, EmbeddingCache cache, boolean saveAfterEncoding) {
    this.delegate = delegate;
    this.cache = cache;
    this.saveAfterEncoding = saveAfterEncoding;
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public String modelId() {
    return delegate.modelId();
  }

  @Override
  public float[][] encode(List<String> sentences, IntConsumer progress) {
    String model = delegate.modelId();
    Set<String> unknown = new LinkedHashSet<>();
    for (String sentence : sentences) {
      if (cache.get(model, sentence) == null) {
        unknown.add(sentence);
      }
    }
    List<String> missing = new ArrayList<>(unknown);
    float[][] result = new float[sentences.size()][];
    if (!missing.isEmpty()) {
      float[][] fresh = delegate.encode(missing, progress);
      for (int i = 0; i < fresh.length; i++) {
        cache.put(model, missing.get(i), fresh[i]);
      }
      if (saveAfterEncoding) {
        try {
          cache.save();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write " + cache.file(), e);
        }
      }
    }
    for (int i = 0; i < result.length; i++) {
      result[i] = cache.get(model, sentences.get(i));
    }
    progress.accept(sentences.size());
    return result;
  }
}
