package io.postbot.chat.infrastructure.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A long message about two topics brings both intents close together at the top")
class LongMessagesAboutTwoTopicsAreAskedAboutTest {

  private static final List<String> LABELS = List.of("track", "customs", "hours", "oos");
  private static final double[] WHOLE = {0.5, 0.3, 0.1, 0.1};

  @Test
  @DisplayName("a long message splits at commas and joins, a short one is read whole")
  void parts() {
    assertThat(
            TopicSplitter.parts(
                "I ordered a jacket three weeks ago and want to know where the parcel is, and"
                    + " also I got a message that I have to pay customs on it"))
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(p -> assertThat(p.split(" ")).hasSizeGreaterThanOrEqualTo(4));
    assertThat(TopicSplitter.parts("where is my parcel and when do you open")).isEmpty();
  }

  @Test
  @DisplayName("two confident parts about different intents give their mean probabilities")
  void twoTopics() {
    double[] combined =
        TopicSplitter.combine(
            LABELS,
            new double[] {0.5, 0.3, 0.1, 0.1},
            List.of(
                new double[] {0.8, 0.1, 0.05, 0.05},
                new double[] {0.1, 0.3, 0.3, 0.3},
                new double[] {0.1, 0.7, 0.1, 0.1}));

    assertThat(combined).containsExactly(new double[] {0.45, 0.4, 0.075, 0.075}, within(1e-9));
    assertThat(combined[0] - combined[1]).isLessThan(0.2);
  }

  @Test
  @DisplayName("parts about the same intent, or only one confident part, leave the message whole")
  void oneTopic() {
    assertThat(
            TopicSplitter.combine(
                LABELS,
                WHOLE,
                List.of(new double[] {0.8, 0.1, 0, 0.1}, new double[] {0.6, 0.2, 0, 0.2})))
        .isNull();
    assertThat(
            TopicSplitter.combine(
                LABELS,
                WHOLE,
                List.of(new double[] {0.8, 0.1, 0, 0.1}, new double[] {0.3, 0.4, 0, 0.3})))
        .isNull();
  }

  @Test
  @DisplayName("a part's intent that the whole message does not rank among its best is ignored")
  void fragmentsOfOneTopic() {
    List<String> labels = List.of("a", "b", "c", "d", "e", "oos");
    double[] whole = {0.6, 0.2, 0.1, 0.05, 0.05, 0};

    assertThat(
            TopicSplitter.combine(
                labels,
                whole,
                List.of(new double[] {0.8, 0, 0, 0, 0.2, 0}, new double[] {0, 0, 0, 0, 0.9, 0.1})))
        .isNull();
  }
}
