package io.postbot.chat.domain.model.modelversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A new model is let in only when it is not worse than the active one")
class NewModelIsLetInOnlyWhenNotWorseTest {

  @ParameterizedTest(name = "lost {0}, won {1}: not worse = {2}")
  @CsvSource({
    "0, 0, true",
    "0, 5, true",
    "3, 3, true",
    "2, 0, true",
    "4, 0, true",
    "5, 0, false",
    "10, 5, true",
    "20, 8, false",
    "40, 20, false"
  })
  @DisplayName("losses beyond the wins by more than chance explains make it worse")
  void rule(int lost, int won, boolean notWorse) {
    assertThat(new Comparison(lost, won).newIsNotWorse()).isEqualTo(notWorse);
  }

  @Test
  @DisplayName("the p-value is McNemar's exact one-sided binomial tail")
  void pValue() {
    assertThat(new Comparison(5, 0).pValue()).isCloseTo(1 / 32.0, within(1e-12));
    // P(X >= 10 | n = 15, p = 1/2) = 4944 / 32768
    assertThat(new Comparison(10, 5).pValue()).isCloseTo(4944 / 32768.0, within(1e-9));
    assertThat(new Comparison(3, 7).pValue()).isEqualTo(1);
  }
}
