package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.domain.model.understanding.LabelledSentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Trained models kept as files, named by a digest of what they were trained from (the recipe and
 * every example, in order), so that a fresh database trained on the same content reads one instead
 * of training again (postbot.nlu.model-cache; off unless set). Meant for tests and development,
 * where every new server starts from an empty database: a file holds what the database's saved
 * model holds, and is read back with the same checks (format, recipe, classes, the answers it gave
 * when saved), so a stale file is trained again, never used.
 */
final class TrainedModelFiles {

  /** The setting: a directory, or "off". */
  static final String KEY = "postbot.nlu.model-cache";

  private static final Logger LOG = Logger.getLogger(TrainedModelFiles.class.getName());

  private final Path directory;

  private TrainedModelFiles(Path directory) {
    this.directory = directory;
  }

  /** The files in the configured directory, or empty when the setting is blank or "off". */
  static Optional<TrainedModelFiles> at(String configured) {
    // read as the embedding cache's setting is: blank, "off" or "none" keep nothing
    return Optional.ofNullable(EmbeddingIntentClassifier.cacheFile(configured))
        .map(TrainedModelFiles::new);
  }

  /** The name of the model trained with this recipe on these examples. */
  static String key(String recipe, List<LabelledSentence> examples) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(recipe.getBytes(StandardCharsets.UTF_8));
      for (LabelledSentence e : examples) {
        String line =
            "\n" + e.intent().value() + "\t" + e.language().code() + "\t" + e.text().length() + ":";
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update(e.text().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The bytes kept under this key, if any could be read. */
  Optional<byte[]> read(String key) {
    Path file = file(key);
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      LOG.warning("model cache: " + file + " not read: " + e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  /**
   * Keeps a model under its key. Written beside and moved into place, so that a server reading at
   * the same moment sees the whole file or none; a failure costs only the next training.
   */
  void write(String key, byte[] model) {
    Path file = file(key);
    try {
      Files.createDirectories(directory);
      Path partial = Files.createTempFile(directory, key, ".part");
      Files.write(partial, model);
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      LOG.warning("model cache: " + file + " not written: " + e.getClass().getSimpleName());
    }
  }

  /** The file name of the model kept under a key, here and on the class path. */
  static String fileName(String key) {
    return "model-" + key + ".bin";
  }

  private Path file(String key) {
    return directory.resolve(fileName(key));
  }
}
