package io.postbot.chat.infrastructure.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeExamples;
import io.postbot.chat.domain.model.understanding.LabelledSentence;
import io.postbot.chat.domain.model.understanding.TrainedModel;
import io.postbot.chat.domain.model.understanding.TrainingProgress;
import io.postbot.shared.Language;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A model the build shipped for the examples is read instead of trained")
class TheShippedModelIsReadInsteadOfTrainingTest {

  private static final IntentId SHIPPED_TRACKING = new IntentId("shipped_track_parcel");

  @TempDir Path classPath;

  @Test
  @DisplayName("training the examples a model was shipped for returns that model, untrained")
  void shippedModelIsRead() throws IOException {
    // given a class path holding, under the postal examples' key, a model whose intents are renamed
    ship(key(postal()), trained(renamed()).save());

    // when those examples are trained
    AtomicInteger epochs = new AtomicInteger();
    TrainedModel model = training().train(postal(), counting(epochs));

    // then nothing was trained: the answers are the shipped model's
    assertThat(epochs).hasValue(0);
    assertThat(model.classify("where is my parcel", Language.EN).intent())
        .contains(SHIPPED_TRACKING);
  }

  @Test
  @DisplayName("the classifier's own training of the content, with no version active, reads it too")
  void warmUpReadsIt() throws IOException {
    ship(key(postal()), trained(renamed()).save());
    EmbeddingIntentClassifier classifier =
        new EmbeddingIntentClassifier(TinyContent.knowledgeBase(TinyContent.postal()), training());

    assertThat(classifier.classify("where is my parcel", Language.EN).intent())
        .contains(SHIPPED_TRACKING);
  }

  @Test
  @DisplayName("a model shipped for other examples is not looked at: the examples are trained")
  void otherExamplesAreTrained() throws IOException {
    ship(key(renamed()), trained(renamed()).save());

    AtomicInteger epochs = new AtomicInteger();
    TrainedModel model = training().train(postal(), counting(epochs));

    assertThat(epochs).hasPositiveValue();
    assertThat(model.classify("where is my parcel", Language.EN).intent())
        .contains(new IntentId("track_parcel"));
  }

  @Test
  @DisplayName("damaged bytes under the right key are refused: the examples are trained")
  void damagedModelIsTrained() throws IOException {
    byte[] saved = trained(renamed()).save();
    ship(key(postal()), Arrays.copyOf(saved, saved.length / 2));

    AtomicInteger epochs = new AtomicInteger();
    TrainedModel model = training().train(postal(), counting(epochs));

    assertThat(epochs).hasPositiveValue();
    assertThat(model.classify("where is my parcel", Language.EN).intent())
        .contains(new IntentId("track_parcel"));
  }

  @Test
  @DisplayName("without a shipped model on the class path, training trains")
  void nothingShipped() {
    AtomicInteger epochs = new AtomicInteger();
    training().train(postal(), counting(epochs));

    assertThat(epochs).hasPositiveValue();
  }

  /** The tiny recipe's training, reading shipped models from the temporary class path only. */
  private RecipeTraining training() {
    try {
      // no parent: the module's own classes folder, where the build ships its model, is not seen
      ClassLoader loader = new URLClassLoader(new URL[] {classPath.toUri().toURL()}, null);
      return new RecipeTraining(TinyContent.NGRAMS_ONLY, 0.3, null)
          .readingShippedModels(ShippedModels.in(loader));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void ship(String key, byte[] model) throws IOException {
    Path folder = Files.createDirectories(classPath.resolve(ShippedModels.FOLDER));
    Files.write(folder.resolve(TrainedModelFiles.fileName(key)), model);
  }

  private static TrainedModel trained(List<LabelledSentence> examples) {
    return new RecipeTraining(TinyContent.NGRAMS_ONLY, 0.3, null)
        .train(examples, TrainingProgress.NONE);
  }

  private static String key(List<LabelledSentence> examples) {
    return TrainedModelFiles.key(TinyContent.NGRAMS_ONLY.features(), examples);
  }

  /** Counts the training epochs reported: there are some only when a model is really trained. */
  private static TrainingProgress counting(AtomicInteger epochs) {
    return (stage, done, total) -> {
      if (stage.equals("training")) {
        epochs.incrementAndGet();
      }
    };
  }

  private static List<LabelledSentence> postal() {
    return KnowledgeExamples.of(TinyContent.postal()).stream()
        .map(e -> new LabelledSentence(e.intent(), e.language(), e.text()))
        .toList();
  }

  /** The postal examples under other intent names, so that answers tell which model gave them. */
  private static List<LabelledSentence> renamed() {
    return postal().stream()
        .map(e ->
            new LabelledSentence(
                new IntentId("shipped_" + e.intent().value()), e.language(), e.text()))
        .toList();
  }
}
