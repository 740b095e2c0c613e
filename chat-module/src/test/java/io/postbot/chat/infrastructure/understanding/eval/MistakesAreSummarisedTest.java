package io.postbot.chat.infrastructure.understanding.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.infrastructure.understanding.IntentModel.Decision;
import io.postbot.chat.infrastructure.understanding.LabelledText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("nlu-eval summarises its mistakes and explains itself")
class MistakesAreSummarisedTest {

  @Test
  @DisplayName("the most confused intent pairs come first, counted in both directions")
  void confusedPairs() {
    List<LabelledText> gold =
        List.of(
            new LabelledText("track", "a"),
            new LabelledText("hours", "b"),
            new LabelledText("track", "c"),
            new LabelledText("price", "d"),
            new LabelledText("oos", "e"),
            new LabelledText("hours", "f"));
    List<Decision> decisions =
        List.of(
            new Decision("hours", 0.9, false),
            new Decision("track", 0.9, false),
            new Decision("track", 0.9, false),
            new Decision("track", 0.9, false),
            new Decision("price", 0.9, false),
            new Decision("hours", 0.1, false));

    ConfusionSummary summary = ConfusionSummary.of(gold, decisions, 0.5);

    assertThat(summary.pairs())
        .containsExactly(
            Map.entry("hours <-> track", 2),
            Map.entry("oos -> price", 1),
            Map.entry("price <-> track", 1));
    assertThat(summary.rejectedInScope()).isEqualTo(1);
    assertThat(summary.acceptedOutOfScope()).isEqualTo(1);
  }

  @Test
  @DisplayName("--help prints the usage on standard output")
  void help() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      NluEval.main(new String[] {"--help"});
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("usage: postbot nlu-eval")
        .contains("--rule oos-train|oos-threshold", "--knn-weight", "confused");
  }
}
