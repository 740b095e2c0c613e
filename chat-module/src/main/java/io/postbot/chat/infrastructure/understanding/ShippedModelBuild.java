package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.application.models.TrainingData;
import io.postbot.chat.domain.model.understanding.LabelledSentence;
import io.postbot.chat.domain.model.understanding.TrainedModel;
import io.postbot.chat.domain.model.understanding.TrainingProgress;
import io.postbot.chat.infrastructure.content.PublishedKnowledgeBase;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The build step (chat-module's pom, phase process-classes) that ships the model a first start
 * would train: the shipped content as the first publication gives it, no review corrections yet,
 * {@link ClassifierRecipe#standard()}; written to the module's classes under its key, where {@link
 * ShippedModels} finds it. A model already there for the key that this build can read is kept, so a
 * rebuild of unchanged content trains nothing; the embedding cache spares a retraining the
 * embedding of examples it has seen.
 *
 * <p>Arguments: the folder of shipped models ({@code target/classes/nlu/models}), the embedding
 * cache file ({@code target/nlu-embeddings.bin}).
 */
public final class ShippedModelBuild {

  private ShippedModelBuild() {}

  public static void main(String[] args) throws IOException {
    long started = System.nanoTime();
    Path folder = Path.of(args[0]);
    ClassifierRecipe recipe = ClassifierRecipe.standard();
    // What ModelStartup trains first: TrainingData of publication 1, which ContentSeeding makes of
    // the shipped content (the database keeps it as Markdown that reads back to the same content).
    List<LabelledSentence> examples =
        TrainingData.of(new PublishedKnowledgeBase().load(), 1, List.of(), recipe.features())
            .examples();
    String name = TrainedModelFiles.fileName(TrainedModelFiles.key(recipe.features(), examples));
    Path file = folder.resolve(name);
    RecipeTraining training =
        new RecipeTraining(recipe, ClassifierRecipe.DEFAULT_THRESHOLD, Path.of(args[1]));
    // Read as a start reads it: a model of classes changed since is trained again.
    if (Files.isRegularFile(file) && training.load(Files.readAllBytes(file)).isPresent()) {
      keepOnly(file);
      shipVectors(Path.of(args[1]), folder);
      say(name + " is up to date", started);
      return;
    }
    TrainedModel model = training.train(examples, stagesDone());
    byte[] saved = model.save();
    if (training.load(saved).isEmpty()) {
      throw new IllegalStateException("the trained model does not read back; nothing shipped");
    }
    Files.createDirectories(folder);
    // Written in place: a file cut short by a stopped build fails the check above next time.
    Files.write(file, saved);
    keepOnly(file);
    shipVectors(Path.of(args[1]), folder);
    say(name + " written (" + examples.size() + " examples, " + saved.length + " bytes)", started);
  }

  /**
   * Ships the examples' vectors next to the model (ShippedModels.VECTORS), so that a server's first
   * retraining after a content edit embeds only what changed. The training cache holds the shipped
   * examples' vectors only, never anything else (it keeps what the last training used).
   */
  private static void shipVectors(Path cache, Path models) throws IOException {
    Path shipped = models.getParent().resolve(Path.of(ShippedModels.VECTORS).getFileName());
    if (Files.isRegularFile(cache)) {
      Files.copy(cache, shipped, StandardCopyOption.REPLACE_EXISTING);
    } else {
      Files.deleteIfExists(shipped);
    }
  }

  /** One model a build: those of earlier content would only make the jar bigger. */
  private static void keepOnly(Path file) throws IOException {
    try (DirectoryStream<Path> kept = Files.newDirectoryStream(file.getParent(), "model-*")) {
      for (Path other : kept) {
        if (!other.equals(file)) {
          Files.delete(other);
        }
      }
    }
  }

  /** One line as each stage (an embedding model, the training) is done, for the build's log. */
  private static TrainingProgress stagesDone() {
    long[] stageStarted = {System.nanoTime()};
    String[] lastDone = {""};
    return (stage, done, total) -> {
      if (done >= total && !stage.equals(lastDone[0])) {
        say(stage + " done", stageStarted[0]);
        stageStarted[0] = System.nanoTime();
        lastDone[0] = stage;
      }
    };
  }

  private static void say(String what, long since) {
    System.out.printf("shipped model: %s in %.1f s%n", what, (System.nanoTime() - since) / 1e9);
  }
}
