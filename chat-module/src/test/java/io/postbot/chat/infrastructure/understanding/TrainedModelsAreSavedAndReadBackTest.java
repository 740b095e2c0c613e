package io.postbot.chat.infrastructure.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.knowledge.KnowledgeExamples;
import io.postbot.chat.domain.model.understanding.LabelledSentence;
import io.postbot.chat.domain.model.understanding.TrainedModel;
import io.postbot.chat.domain.model.understanding.TrainingProgress;
import io.postbot.chat.domain.model.understanding.Understanding;
import io.postbot.shared.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A trained model is saved and read back, or trained again when that is not safe")
class TrainedModelsAreSavedAndReadBackTest {

  private final RecipeTraining training = new RecipeTraining(TinyContent.NGRAMS_ONLY, 0.3, null);
  private final TrainedModel model = training.train(examples(), TrainingProgress.NONE);

  @Test
  @DisplayName("the model read back answers every sentence exactly as the one saved")
  void roundTrip() {
    Optional<TrainedModel> read = training.load(model.save());

    assertThat(read).isPresent();
    for (String sentence :
        List.of("where is my parcel", "hvor er pakken", "I moved house", "weather tomorrow")) {
      Understanding saved = model.classify(sentence, Language.EN);
      Understanding loaded = read.get().classify(sentence, Language.EN);
      assertThat(loaded.intent()).isEqualTo(saved.intent());
      assertThat(loaded.confidence()).isEqualTo(saved.confidence());
      assertThat(loaded.language()).isEqualTo(saved.language());
    }
  }

  @Test
  @DisplayName("a model saved with another recipe is not used")
  void otherRecipe() {
    RecipeTraining other =
        new RecipeTraining(
            new ClassifierRecipe(
                "chars",
                List.of(),
                TinyContent.NGRAMS_ONLY.ngrams(),
                TinyContent.NGRAMS_ONLY.options()),
            0.3,
            null);

    assertThat(other.load(model.save())).isEmpty();
  }

  @Test
  @DisplayName("truncated or altered bytes are not used")
  void damaged() {
    byte[] saved = model.save();

    assertThat(training.load(Arrays.copyOf(saved, saved.length / 2))).isEmpty();
    byte[] altered = saved.clone();
    altered[29] ^= 0x40; // the exponent of the first recorded answer to a check sentence
    assertThat(training.load(altered)).isEmpty();
    assertThat(training.load(new byte[] {1, 2, 3})).isEmpty();
  }

  @Test
  @DisplayName("bytes that would make objects of other classes are refused before they are made")
  void foreignClasses() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] saved = model.save();
    // the genuine header (magic, format, recipe, check answers), then a foreign object graph
    int header = headerLength(saved);
    bytes.write(saved, 0, header);
    try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
      out.writeObject(URI.create("https://example.org/").toURL());
    }

    assertThat(training.load(bytes.toByteArray())).isEmpty();
  }

  private static int headerLength(byte[] saved) throws IOException {
    // magic, format, recipe (UTF), count, then per check sentence a length and its doubles
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(saved));
    int read = 8;
    in.readInt();
    in.readInt();
    String recipe = in.readUTF();
    read += 2 + recipe.getBytes(StandardCharsets.UTF_8).length;
    int checks = in.readInt();
    read += 4;
    for (int i = 0; i < checks; i++) {
      int n = in.readInt();
      in.skipNBytes(8L * n);
      read += 4 + 8 * n;
    }
    return read;
  }

  private static List<LabelledSentence> examples() {
    return KnowledgeExamples.of(TinyContent.knowledgeBase(TinyContent.postal())).stream()
        .map(e -> new LabelledSentence(e.intent(), e.language(), e.text()))
        .toList();
  }
}
