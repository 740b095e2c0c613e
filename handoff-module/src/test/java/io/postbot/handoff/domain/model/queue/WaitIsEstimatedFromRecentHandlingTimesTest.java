package io.postbot.handoff.domain.model.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The wait is estimated as ((position - 1) / agents online + 1) x recent handling time")
class WaitIsEstimatedFromRecentHandlingTimesTest {

  private static final Duration FOUR_MINUTES = Duration.ofMinutes(4);

  @ParameterizedTest(name = "position {0} with {1} agent(s) online waits {2} rounds")
  @CsvSource({"1,1,1", "2,1,2", "3,1,3", "1,2,1", "2,2,1", "3,2,2", "4,2,2", "5,2,3", "7,3,3"})
  @DisplayName("customers are served in rounds, one customer per agent per round")
  void rounds(int position, int agents, int rounds) {
    assertThat(WaitEstimator.estimate(position, agents, FOUR_MINUTES))
        .hasValue(FOUR_MINUTES.multipliedBy(rounds));
  }

  @Test
  @DisplayName("with nobody online there is no estimate")
  void nobodyOnline() {
    assertThat(WaitEstimator.estimate(1, 0, FOUR_MINUTES)).isEmpty();
  }

  @Test
  @DisplayName(
      "the handling time is the mean of recent chats, or five minutes before there are any")
  void average() {
    assertThat(WaitEstimator.average(List.of())).isEqualTo(Duration.ofMinutes(5));
    assertThat(WaitEstimator.average(List.of(Duration.ofMinutes(2), Duration.ofMinutes(6))))
        .isEqualTo(Duration.ofMinutes(4));
  }

  @Test
  @DisplayName("positions start at 1")
  void positions() {
    assertThatThrownBy(() -> WaitEstimator.estimate(0, 1, FOUR_MINUTES))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
