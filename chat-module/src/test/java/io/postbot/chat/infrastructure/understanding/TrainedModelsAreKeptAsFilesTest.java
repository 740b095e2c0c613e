package io.postbot.chat.infrastructure.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeExamples;
import io.postbot.chat.domain.model.understanding.LabelledSentence;
import io.postbot.chat.domain.model.understanding.TrainedModel;
import io.postbot.chat.domain.model.understanding.TrainingProgress;
import io.postbot.shared.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("With a model cache, the same examples are trained once and read back after that")
class TrainedModelsAreKeptAsFilesTest {

  @TempDir Path directory;

  @Test
  @DisplayName("a second training on the same examples reads the model the first one kept")
  void sameExamplesReadBack() {
    // given a model trained once with the cache on
    TrainedModelFiles files = TrainedModelFiles.at(directory.toString()).orElseThrow();
    AtomicInteger firstEpochs = new AtomicInteger();
    TrainedModel first = training(files).train(examples(), counting(firstEpochs));

    // when a fresh server (a new training object) trains on the same examples
    AtomicInteger secondEpochs = new AtomicInteger();
    TrainedModel second = training(files).train(examples(), counting(secondEpochs));

    // then it trained only the first time, and both answer alike
    assertThat(firstEpochs).hasPositiveValue();
    assertThat(secondEpochs).hasValue(0);
    assertThat(second.classify("where is my parcel", Language.EN).intent())
        .isEqualTo(first.classify("where is my parcel", Language.EN).intent());
    assertThat(second.classify("where is my parcel", Language.EN).confidence())
        .isEqualTo(first.classify("where is my parcel", Language.EN).confidence());
  }

  @Test
  @DisplayName("other examples, or a damaged file, are trained again")
  void otherExamplesOrDamageTrainAgain() throws IOException {
    TrainedModelFiles files = TrainedModelFiles.at(directory.toString()).orElseThrow();
    training(files).train(examples(), TrainingProgress.NONE);
    List<LabelledSentence> more = new ArrayList<>(examples());
    IntentId some = examples().getFirst().intent();
    more.add(new LabelledSentence(some, Language.EN, "a sentence nobody taught it before"));

    assertThat(TrainedModelFiles.key("ngrams", more))
        .isNotEqualTo(TrainedModelFiles.key("ngrams", examples()))
        .isNotEqualTo(TrainedModelFiles.key("chars", more));
    AtomicInteger trainings = new AtomicInteger();
    training(files).train(more, counting(trainings));
    assertThat(trainings).as("trained on other examples").hasPositiveValue();

    try (var kept = Files.list(directory)) {
      for (Path file : kept.toList()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
    }
    AtomicInteger again = new AtomicInteger();
    TrainedModel model = training(files).train(examples(), counting(again));
    assertThat(again).as("trained again over a damaged file").hasPositiveValue();
    assertThat(model.classify("where is my parcel", Language.EN).intent()).isNotNull();
  }

  @Test
  @DisplayName("the cache is off unless a directory is set")
  void offByDefault() {
    assertThat(TrainedModelFiles.at("off")).isEmpty();
    assertThat(TrainedModelFiles.at(" ")).isEmpty();
    assertThat(TrainedModelFiles.at(null)).isEmpty();
  }

  private static RecipeTraining training(TrainedModelFiles files) {
    return new RecipeTraining(TinyContent.NGRAMS_ONLY, 0.3, null).keepingModelsIn(files);
  }

  /** Counts the training epochs reported: there are some only when a model is really trained. */
  private static TrainingProgress counting(AtomicInteger epochs) {
    return (stage, done, total) -> {
      if (stage.equals("training")) {
        epochs.incrementAndGet();
      }
    };
  }

  private static List<LabelledSentence> examples() {
    return KnowledgeExamples.of(TinyContent.knowledgeBase(TinyContent.postal())).stream()
        .map(e -> new LabelledSentence(e.intent(), e.language(), e.text()))
        .toList();
  }
}
