package io.postbot.chat.infrastructure.understanding.features;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sentence vectors kept in one file between runs, keyed by the model's id and the exact text, so
 * that only sentences not seen before are embedded again. The file ends with a checksum; a file
 * that is missing, truncated, corrupt or of another version counts as empty (everything is
 * recomputed) and is replaced by the next {@link #save}, which writes a temporary file and moves it
 * over the old one, so a crash never leaves half a file behind.
 *
 * <p>Callers decide what may be stored: the bot puts only its content's example sentences here,
 * never a customer's message. Log lines name the file and the counts, never a text.
 */
public final class EmbeddingCache {

  private static final Logger LOG = Logger.getLogger(EmbeddingCache.class.getName());

  private final Path file;
  private final Map<Key, float[]> vectors = new ConcurrentHashMap<>();
  private volatile boolean dirty;

  /** A vector's key: the model's id and the exact text. */
  record Key(String model, String text) {}

  private EmbeddingCache(Path file) {
    this.file = file;
  }

  /** Opens the cache stored in {@code file}; starts empty when it is missing or unreadable. */
  public static EmbeddingCache open(Path file) {
    return open(file, null);
  }

  /**
   * Opens the cache stored in {@code file}; when there is none yet, starts from the vectors {@code
   * seed} gives (the build's, of the shipped content's examples; null or no stream: none) and
   * writes them to the file at the next {@link #save}. A seed that does not read is ignored.
   */
  public static EmbeddingCache open(Path file, Supplier<InputStream> seed) {
    EmbeddingCache cache = new EmbeddingCache(file);
    if (!cache.load() && seed != null) {
      cache.seed(seed);
    }
    return cache;
  }

  public Path file() {
    return file;
  }

  public int size() {
    return vectors.size();
  }

  /** The vector remembered for this model and text, or null. */
  public float[] get(String model, String text) {
    return vectors.get(new Key(model, text));
  }

  public void put(String model, String text, float[] vector) {
    vectors.put(new Key(model, text), vector.clone());
    dirty = true;
  }

  /**
   * Forgets every vector but those of the given models and texts: examples deleted from the
   * content, and models no longer used (or of another version), leave the file.
   */
  public void retain(Collection<String> models, Collection<String> texts) {
    Set<String> keepModels = new HashSet<>(models);
    Set<String> keepTexts = new HashSet<>(texts);
    if (vectors
        .keySet()
        .removeIf(k -> !keepModels.contains(k.model()) || !keepTexts.contains(k.text()))) {
      dirty = true;
    }
  }

  /**
   * Writes the file if anything changed since it was loaded or last saved; atomic where possible.
   */
  public synchronized void save() throws IOException {
    if (!dirty) {
      return;
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(temp))) {
        EmbeddingCacheFormat.write(raw, Map.copyOf(vectors));
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      dirty = false;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Reads the file; false when there is none. */
  private boolean load() {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
      Map<Key, float[]> read = EmbeddingCacheFormat.read(raw);
      vectors.putAll(read);
      LOG.info(() -> "embedding cache " + file + ": " + read.size() + " vectors loaded");
    } catch (NoSuchFileException e) {
      LOG.info(() -> "embedding cache " + file + " not found: embedding from scratch");
      return false;
    } catch (EOFException e) {
      recompute("truncated");
    } catch (IOException | RuntimeException e) {
      // The message of a parsing error never holds a cached text, only what was wrong.
      recompute(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return true;
  }

  private void seed(Supplier<InputStream> seed) {
    try (InputStream stream = seed.get()) {
      if (stream == null) {
        return;
      }
      Map<Key, float[]> read = EmbeddingCacheFormat.read(new BufferedInputStream(stream));
      vectors.putAll(read);
      dirty = true; // the file is written with them at the next save
      LOG.info(() -> "embedding cache " + file + ": " + read.size() + " shipped vectors");
    } catch (IOException | RuntimeException e) {
      LOG.warning(
          () -> "shipped embedding vectors unreadable (" + e.getClass().getSimpleName() + ")");
    }
  }

  private void recompute(String reason) {
    vectors.clear();
    dirty = true; // the next save replaces the unreadable file
    LOG.log(
        Level.WARNING,
        () -> "embedding cache " + file + " unreadable (" + reason + "): embedding from scratch");
  }
}
