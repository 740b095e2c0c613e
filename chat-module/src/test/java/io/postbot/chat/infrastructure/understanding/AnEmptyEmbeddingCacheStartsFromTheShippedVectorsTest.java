package io.postbot.chat.infrastructure.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.postbot.chat.infrastructure.understanding.features.EmbeddingCache;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that read the model the build shipped has an empty embedding cache; its first retraining
 * after a content edit would embed every example again (about a minute on two cores). The build
 * ships the examples' vectors too, and an empty cache starts from them.
 */
@DisplayName("An empty embedding cache starts from the vectors the build shipped")
class AnEmptyEmbeddingCacheStartsFromTheShippedVectorsTest {

  @TempDir Path dir;

  private byte[] shipped() throws IOException {
    Path built = dir.resolve("built.bin");
    EmbeddingCache cache = EmbeddingCache.open(built);
    cache.put("bge", "where is my parcel", new float[] {0.5f, 0.25f});
    cache.save();
    return Files.readAllBytes(built);
  }

  @Test
  @DisplayName("with no cache file yet, the shipped vectors are there and written at the next save")
  void seeded() throws IOException {
    // given the vectors the build shipped, and a server with no cache file yet
    byte[] vectors = shipped();
    Path file = dir.resolve("data/nlu-embeddings.bin");

    // when the cache is opened
    EmbeddingCache cache = EmbeddingCache.open(file, () -> new ByteArrayInputStream(vectors));

    // then the shipped example's vector is known without embedding it
    assertThat(cache.get("bge", "where is my parcel")).containsExactly(0.5f, 0.25f);
    cache.save();
    assertThat(EmbeddingCache.open(file).get("bge", "where is my parcel")).isNotNull();
  }

  @Test
  @DisplayName("a server's own cache file wins: the shipped vectors are not read")
  void ownFileWins() throws IOException {
    byte[] vectors = shipped();
    Path file = dir.resolve("nlu-embeddings.bin");
    EmbeddingCache own = EmbeddingCache.open(file);
    own.put("bge", "hello", new float[] {1f});
    own.save();

    EmbeddingCache cache = EmbeddingCache.open(file, () -> new ByteArrayInputStream(vectors));

    assertThat(cache.get("bge", "where is my parcel")).isNull();
    assertThat(cache.get("bge", "hello")).containsExactly(1f);
  }

  @Test
  @DisplayName("damaged shipped vectors, or none, leave the cache empty")
  void damagedOrNone() throws IOException {
    byte[] vectors = shipped();
    byte[] damaged = Arrays.copyOf(vectors, vectors.length / 2);

    assertThat(
            EmbeddingCache.open(dir.resolve("a.bin"), () -> new ByteArrayInputStream(damaged))
                .size())
        .isZero();
    assertThat(EmbeddingCache.open(dir.resolve("b.bin"), () -> null).size()).isZero();
  }

  @Test
  @DisplayName("the build put the shipped content's vectors on the class path")
  void theBuildShipsThem() throws IOException {
    assumeFalse(Boolean.getBoolean("skipShippedModel"), "the build shipped no model");
    try (var in = ShippedModels.onClassPath().vectors()) {
      assertThat(in).as("target/classes/" + ShippedModels.VECTORS).isNotNull();
    }
  }
}
