package io.postbot.chat.infrastructure.understanding.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The nearest training examples vote on the intent")
class NearestExamplesVoteOnTheIntentTest {

  // given two examples of class 0 along x, one of class 1 along y; class 2 has none
  private final NearestExamples examples =
      NearestExamples.of(new float[][] {{1, 0}, {0.8f, 0.6f}, {0, 1}}, null, new int[] {0, 0, 1});

  @Test
  @DisplayName("each class scores the mean cosine to its most similar examples")
  void classSimilarities() {
    // when a sentence along x is compared
    double[] cosines = examples.cosines(new float[] {3, 0}, null);
    double[] similarities = examples.classSimilarities(cosines, 2, 3);

    // then class 0 averages its two examples, class 1 has its one, class 2 none
    assertThat(similarities[0]).isCloseTo((1.0 + 0.8) / 2, within(0.01));
    assertThat(similarities[1]).isCloseTo(0, within(0.01));
    assertThat(similarities[2]).isNaN();
  }

  @Test
  @DisplayName("the vote moves probability to the class whose examples are nearest")
  void blendFavoursTheNearestClass() {
    // given a head that slightly prefers class 1, and examples that clearly favour class 0
    NeighbourVote vote = new NeighbourVote(2, 0.5, 0.05);
    double[] head = {0.45, 0.55, 0.0};

    // when blended
    double[] blended = vote.blend(head, new double[] {0.9, 0.1, Double.NaN}, -1);

    // then class 0 wins, and the probabilities still sum to one
    assertThat(blended[0]).isGreaterThan(blended[1]);
    assertThat(Arrays.stream(blended).sum()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  @DisplayName("the out-of-scope class keeps the head's probability")
  void outOfScopeKeepsItsShare() {
    NeighbourVote vote = new NeighbourVote(1, 0.5, 0.05);
    double[] head = {0.2, 0.2, 0.6};

    double[] blended = vote.blend(head, new double[] {0.9, 0.1, Double.NaN}, 2);

    assertThat(blended[2]).isEqualTo(0.6);
    assertThat(Arrays.stream(blended).sum()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  @DisplayName("switched off, the probabilities are the head's")
  void off() {
    double[] head = {0.3, 0.7};

    assertThat(NeighbourVote.OFF.blend(head, new double[] {0.9, 0.1}, -1)).isEqualTo(head);
  }
}
