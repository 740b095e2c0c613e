package io.postbot.chat.infrastructure.understanding.features;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * Remembers the vectors of sentences already encoded, in memory and in a file, so that repeated
 * evaluation runs on the same data set do not embed it again. Used by the evaluation command only:
 * the bot's own classifier never writes customer text to disk.
 */
public final class CachingSentenceEncoder implements SentenceEncoder {

  private final SentenceEncoder delegate;
  private final Path file;
  private final Map<String, float[]> cache = new ConcurrentHashMap<>();
  private volatile boolean dirty;

  public CachingSentenceEncoder(SentenceEncoder delegate, Path directory) {
    this.delegate = delegate;
    this.file = directory.resolve(delegate.name() + ".vectors");
    load();
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public float[][] encode(List<String> sentences, IntConsumer progress) {
    Set<String> unknown = new LinkedHashSet<>();
    for (String sentence : sentences) {
      if (!cache.containsKey(sentence)) {
        unknown.add(sentence);
      }
    }
    List<String> missing = new ArrayList<>(unknown);
    if (!missing.isEmpty()) {
      float[][] fresh = delegate.encode(missing, progress);
      for (int i = 0; i < fresh.length; i++) {
        cache.put(missing.get(i), fresh[i]);
      }
      dirty = true;
      save(); // at once: an interrupted run keeps what it embedded
    }
    progress.accept(sentences.size());
    return sentences.stream().map(cache::get).toArray(float[][]::new);
  }

  /** Writes the cache file if anything new was encoded. */
  public synchronized void save() {
    if (!dirty) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
        out.writeInt(cache.size());
        for (var entry : cache.entrySet()) {
          out.writeUTF(entry.getKey());
          out.writeInt(entry.getValue().length);
          for (float v : entry.getValue()) {
            out.writeFloat(v);
          }
        }
      }
      dirty = false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void load() {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        String text = in.readUTF();
        float[] vector = new float[in.readInt()];
        for (int j = 0; j < vector.length; j++) {
          vector[j] = in.readFloat();
        }
        cache.put(text, vector);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
