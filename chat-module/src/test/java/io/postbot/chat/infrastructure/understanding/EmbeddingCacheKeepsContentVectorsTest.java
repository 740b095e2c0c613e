package io.postbot.chat.infrastructure.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.infrastructure.understanding.features.EmbeddingCache;
import io.postbot.chat.infrastructure.understanding.features.NgramSettings;
import io.postbot.chat.infrastructure.understanding.features.OnnxSentenceEncoder;
import io.postbot.chat.infrastructure.understanding.features.SentenceEncoder;
import io.postbot.chat.infrastructure.understanding.learning.TrainingOptions;
import io.postbot.shared.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The bot keeps its content's sentence vectors between starts")
class EmbeddingCacheKeepsContentVectorsTest {

  @TempDir Path dir;

  /** A stand-in for an embedding model: vectors from the text's characters, counts its work. */
  static final class CountingEncoder implements SentenceEncoder {
    final List<String> embedded = Collections.synchronizedList(new ArrayList<>());
    final String version;

    CountingEncoder() {
      this("1");
    }

    CountingEncoder(String version) {
      this.version = version;
    }

    @Override
    public String name() {
      return "fake";
    }

    @Override
    public String modelId() {
      return "fake/" + version;
    }

    @Override
    public float[][] encode(List<String> sentences, IntConsumer progress) {
      embedded.addAll(sentences);
      float[][] vectors = new float[sentences.size()][8];
      for (int i = 0; i < sentences.size(); i++) {
        for (char c : sentences.get(i).toCharArray()) {
          vectors[i][c % 8] += 1;
        }
      }
      progress.accept(sentences.size());
      return vectors;
    }
  }

  private static ClassifierRecipe recipe(SentenceEncoder encoder) {
    return new ClassifierRecipe(
        "fake,words,chars",
        List.of(encoder),
        new NgramSettings(2, 5, 1, 1.0, 1.0),
        new TrainingOptions(20, 8, 0.05, 1e-3, 7, 1));
  }

  private EmbeddingIntentClassifier start(CountingEncoder encoder, Path file) {
    EmbeddingIntentClassifier classifier =
        new EmbeddingIntentClassifier(
            TinyContent.knowledgeBase(TinyContent.postal()), recipe(encoder), 0.3, file);
    classifier.classify("where is my parcel", Language.EN); // trains
    return classifier;
  }

  @Test
  @DisplayName("the second start embeds nothing: every example's vector comes from the file")
  void secondStartReusesVectors() {
    Path file = dir.resolve("data/nlu-embeddings.bin");
    CountingEncoder first = new CountingEncoder();
    start(first, file);
    assertThat(file).exists();
    assertThat(first.embedded).isNotEmpty();

    CountingEncoder second = new CountingEncoder();
    start(second, file);

    // The only sentence embedded is the customer's, which never goes through the cache.
    assertThat(second.embedded).containsExactly("where is my parcel");
    assertThat(EmbeddingCache.open(file).size()).isEqualTo(exampleDistinctCount());
  }

  @Test
  @DisplayName("after a content change only the new or changed examples are embedded")
  void changedTextIsEmbeddedAlone() {
    Path file = dir.resolve("nlu-embeddings.bin");
    start(new CountingEncoder(), file);

    CountingEncoder encoder = new CountingEncoder();
    EmbeddingIntentClassifier classifier =
        new EmbeddingIntentClassifier(
            TinyContent.knowledgeBase(TinyContent.postal()), recipe(encoder), 0.3, file);
    var intents = new ArrayList<>(TinyContent.postal());
    intents.set(
        0,
        TinyContent.intent(
            "track_parcel",
            List.of("where is my parcel now", "track my package"),
            List.of("hvor er pakken min")));
    classifier.retrain(intents);

    assertThat(encoder.embedded).containsExactly("where is my parcel now");
    EmbeddingCache reopened = EmbeddingCache.open(file);
    assertThat(reopened.get("fake/1", "where is my parcel now")).isNotNull();
    assertThat(reopened.get("fake/1", "trace a shipment"))
        .as("example no longer in content")
        .isNull();
  }

  @Test
  @DisplayName("another version of the model embeds every example again and drops the old vectors")
  void otherModelVersion() {
    Path file = dir.resolve("nlu-embeddings.bin");
    start(new CountingEncoder("1"), file);

    CountingEncoder upgraded = new CountingEncoder("2");
    start(upgraded, file);

    assertThat(upgraded.embedded).hasSize(exampleDistinctCount() + 1);
    EmbeddingCache reopened = EmbeddingCache.open(file);
    assertThat(reopened.size()).isEqualTo(exampleDistinctCount());
    assertThat(reopened.get("fake/1", "track my package")).isNull();
    assertThat(reopened.get("fake/2", "track my package")).isNotNull();
  }

  @Test
  @DisplayName("a shipped model's id names its weights")
  void shippedModelId() {
    assertThat(OnnxSentenceEncoder.miniLm().modelId()).matches("minilm/[0-9a-f]+");
  }

  @Test
  @DisplayName("customers' messages are never written to the cache file")
  void customerTextNeverStored() throws Exception {
    Path file = dir.resolve("nlu-embeddings.bin");
    EmbeddingIntentClassifier classifier = start(new CountingEncoder(), file);

    String secret = "my name is Kari Nordmann and my parcel 70712345678 is lost";
    classifier.classify(secret, Language.EN);
    classifier.retrain();

    assertThat(EmbeddingCache.open(file).get("fake/1", secret)).isNull();
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
        .doesNotContain("Kari")
        .doesNotContain("70712345678");
  }

  @Test
  @DisplayName("a corrupt or truncated file means recomputing, logged without any text")
  void corruptFileIsRecomputed() throws Exception {
    Path file = dir.resolve("nlu-embeddings.bin");
    start(new CountingEncoder(), file);
    byte[] good = Files.readAllBytes(file);
    byte[] flipped = good.clone();
    flipped[good.length / 2] ^= 0x5a;
    List<byte[]> broken =
        List.of(
            flipped,
            java.util.Arrays.copyOf(good, good.length - 3),
            java.util.Arrays.copyOf(good, 20),
            "not a cache at all".getBytes(StandardCharsets.UTF_8),
            new byte[0]);

    List<String> logged = Collections.synchronizedList(new ArrayList<>());
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(String.valueOf(record.getMessage()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger(EmbeddingCache.class.getName());
    logger.addHandler(handler);
    try {
      for (byte[] content : broken) {
        Files.write(file, content);
        CountingEncoder encoder = new CountingEncoder();
        start(encoder, file);

        assertThat(encoder.embedded).hasSize(exampleDistinctCount() + 1);
        assertThat(EmbeddingCache.open(file).size()).isEqualTo(exampleDistinctCount());
      }
    } finally {
      logger.removeHandler(handler);
    }
    assertThat(logged).anyMatch(line -> line.contains("unreadable"));
    for (String example :
        KnowledgeBaseExamples.of(TinyContent.postal()).stream().map(LabelledText::text).toList()) {
      assertThat(logged).noneMatch(line -> line.contains(example));
    }
  }

  @Test
  @DisplayName("no file yet, or no cache configured: everything is embedded, nothing breaks")
  void missingOrOff() {
    CountingEncoder encoder = new CountingEncoder();
    start(encoder, null);
    assertThat(encoder.embedded).hasSize(exampleDistinctCount() + 1);
    assertThat(EmbeddingIntentClassifier.cacheFile("off")).isNull();
    assertThat(EmbeddingIntentClassifier.cacheFile(" ")).isNull();
    assertThat(EmbeddingIntentClassifier.cacheFile("data/x.bin")).isEqualTo(Path.of("data/x.bin"));
    assertThat(EmbeddingCache.open(dir.resolve("absent.bin")).size()).isZero();
  }

  private static int exampleDistinctCount() {
    return (int)
        KnowledgeBaseExamples.of(TinyContent.postal()).stream()
            .map(LabelledText::text)
            .distinct()
            .count();
  }
}
