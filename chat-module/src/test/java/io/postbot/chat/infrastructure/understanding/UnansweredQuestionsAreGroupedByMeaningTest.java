package io.postbot.chat.infrastructure.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Questions the bot could not answer are grouped by meaning")
class UnansweredQuestionsAreGroupedByMeaningTest {

  @Test
  @DisplayName("vectors join the first group whose leader is alike enough, in input order")
  void leaderClustering() {
    float[][] vectors = {{1, 0}, {0, 1}, {0.95f, 0.1f}, {0.1f, 0.9f}, {-1, 0}};

    assertThat(MeaningClusters.group(vectors, 0.9))
        .containsExactly(List.of(0, 2), List.of(1, 3), List.of(4));
    assertThat(MeaningClusters.group(new float[0][], 0.9)).isEmpty();
  }

  @Test
  @DisplayName("with the bot's own embeddings, paraphrases meet and other questions stay apart")
  void paraphrasesMeet() {
    var meanings = new EmbeddingSentenceMeanings();

    List<List<Integer>> groups =
        meanings.groupByMeaning(
            List.of(
                "can I send a parcel with a drone",
                "what is the weather tomorrow",
                "is it possible to ship a package by drone",
                "will it rain tomorrow"));

    assertThat(groups).containsExactly(List.of(0, 2), List.of(1, 3));
  }
}
