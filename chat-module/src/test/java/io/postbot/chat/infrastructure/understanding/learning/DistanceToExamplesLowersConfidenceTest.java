package io.postbot.chat.infrastructure.understanding.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.postbot.chat.infrastructure.understanding.features.SparseVector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A sentence far from every training example gets a lower confidence")
class DistanceToExamplesLowersConfidenceTest {

  private final NearestExamples examples =
      NearestExamples.of(new float[][] {{1, 0, 0}, {0.8f, 0.6f, 0}, {0, 0, 2}});

  @Test
  @DisplayName("the nearest examples come largest cosine first, close to the exact cosines")
  void nearestFirst() {
    double[] nearest = examples.nearest(new float[] {2, 0, 0}, 2);

    assertThat(nearest).hasSize(2);
    assertThat(nearest[0]).isCloseTo(1.0, within(0.01));
    assertThat(nearest[1]).isCloseTo(0.8, within(0.01));
  }

  @Test
  @DisplayName("with the n-gram vectors kept, shared n-grams make two sentences closer")
  void withNgrams() {
    NearestExamples both =
        NearestExamples.of(
            new float[][] {{1, 0}},
            new SparseVector[] {new SparseVector(new int[] {0, 2}, new float[] {1, 1})});

    double sameWords =
        both.nearest(new float[] {0, 1}, new SparseVector(new int[] {0, 2}, new float[] {1, 1}), 1)[
            0];
    double otherWords =
        both.nearest(new float[] {0, 1}, new SparseVector(new int[] {5}, new float[] {1}), 1)[0];

    assertThat(sameWords).isCloseTo(2 / Math.sqrt(3 * 3), within(0.01));
    assertThat(otherWords).isCloseTo(0, within(0.01));
  }

  @Test
  @DisplayName("asking for more neighbours than examples gives all of them")
  void fewerExamplesThanAsked() {
    assertThat(examples.nearest(new float[] {0, 0, 1}, 10)).hasSize(3);
  }

  @Test
  @DisplayName("the confidence is the probability minus weight times one minus the mean cosine")
  void confidenceFormula() {
    NoveltySettings settings = new NoveltySettings(2, 0.5);

    double near = settings.confidence(0.9, new double[] {1.0, 0.8, 0.1});
    double far = settings.confidence(0.9, new double[] {0.3, 0.1, 0.0});

    assertThat(near).isCloseTo(0.9 - 0.5 * (1 - 0.9), within(1e-9));
    assertThat(far).isCloseTo(0.9 - 0.5 * (1 - 0.2), within(1e-9));
    assertThat(far).isLessThan(near);
  }

  @Test
  @DisplayName("switched off, the confidence is the probability")
  void off() {
    assertThat(NoveltySettings.OFF.confidence(0.7, new double[] {0.1})).isEqualTo(0.7);
  }
}
