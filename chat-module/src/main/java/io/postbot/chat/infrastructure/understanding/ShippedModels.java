package io.postbot.chat.infrastructure.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Models that the build trained on the shipped content ({@link ShippedModelBuild}) and put on the
 * class path under {@value #FOLDER}, named by the same key as {@link TrainedModelFiles} (the recipe
 * and every example): a first start on an empty database trains exactly the shipped content, so it
 * reads the model instead of embedding and training it. Read only. Looking one up is one resource
 * lookup by name, never a listing, so content edited since the build costs nothing; a file this
 * build cannot read is refused by the saved model's checks and the examples are trained.
 */
final class ShippedModels {

  /** The folder on the class path, as the build step writes it into the module's classes. */
  static final String FOLDER = "nlu/models";

  /**
   * The shipped examples' sentence vectors (an embedding cache file): a server whose cache is still
   * empty starts from them, so the first retraining after a content edit embeds only the new text.
   */
  static final String VECTORS = "nlu/embeddings.bin";

  private static final Logger LOG = Logger.getLogger(ShippedModels.class.getName());

  private final ClassLoader classLoader;

  private ShippedModels(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /** The models in this module's jar (or classes folder), where the build put them. */
  static ShippedModels onClassPath() {
    return in(ShippedModels.class.getClassLoader());
  }

  static ShippedModels in(ClassLoader classLoader) {
    return new ShippedModels(classLoader);
  }

  /** The shipped vectors as an embedding cache file's bytes; null when the build shipped none. */
  InputStream vectors() {
    return classLoader.getResourceAsStream(VECTORS);
  }

  /** The bytes shipped under this key, if any. */
  Optional<byte[]> read(String key) {
    String name = FOLDER + "/" + TrainedModelFiles.fileName(key);
    try (InputStream in = classLoader.getResourceAsStream(name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      LOG.warning("shipped model " + name + " not read: " + e.getClass().getSimpleName());
      return Optional.empty();
    }
  }
}
