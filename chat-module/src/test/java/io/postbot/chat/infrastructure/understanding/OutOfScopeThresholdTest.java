package io.postbot.chat.infrastructure.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.infrastructure.understanding.IntentModel.Decision;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The out-of-scope threshold is the one that maximises validation accuracy")
class OutOfScopeThresholdTest {

  @Test
  @DisplayName("it separates confident right answers from unsure out-of-scope sentences")
  void separatesInScopeFromOutOfScope() {
    List<Decision> decisions =
        List.of(
            new Decision("track", 0.9, false),
            new Decision("hours", 0.7, false),
            new Decision("track", 0.4, false),
            new Decision("hours", 0.3, false));
    List<String> gold = List.of("track", "hours", "oos", "oos");

    double threshold = OutOfScopeThreshold.choose(decisions, gold);

    assertThat(threshold).isEqualTo(0.55, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(OutOfScopeThreshold.correct(decisions, gold, threshold)).isEqualTo(4);
  }

  @Test
  @DisplayName("it accepts everything when there is nothing out of scope to catch")
  void noOutOfScopeMeansZero() {
    List<Decision> decisions =
        List.of(new Decision("track", 0.9, false), new Decision("hours", 0.2, false));

    assertThat(OutOfScopeThreshold.choose(decisions, List.of("track", "hours"))).isZero();
  }

  @Test
  @DisplayName("a wrong but confident answer is not worth rejecting right ones for")
  void tradesOffErrors() {
    List<Decision> decisions =
        List.of(
            new Decision("track", 0.95, false),
            new Decision("track", 0.6, false),
            new Decision("hours", 0.5, false),
            new Decision("hours", 0.2, false));
    List<String> gold = List.of("oos", "track", "hours", "oos");

    double threshold = OutOfScopeThreshold.choose(decisions, gold);

    assertThat(threshold).isBetween(0.2, 0.5);
  }

  @Test
  @DisplayName("when the out-of-scope class wins, the sentence is out of scope at any threshold")
  void rejectedByClass() {
    Decision rejected = new Decision("track", 0.45, true);

    assertThat(rejected.labelAt(0)).isEqualTo(LabelledText.OUT_OF_SCOPE);
  }

  @Test
  @DisplayName("it needs one gold label per decision")
  void mismatchedInput() {
    assertThatThrownBy(
            () -> OutOfScopeThreshold.choose(List.of(new Decision("a", 1, false)), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
