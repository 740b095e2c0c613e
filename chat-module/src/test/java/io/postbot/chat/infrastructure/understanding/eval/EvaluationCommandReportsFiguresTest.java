package io.postbot.chat.infrastructure.understanding.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The nlu-eval command trains, picks a threshold and reports the figures as JSON")
class EvaluationCommandReportsFiguresTest {

  @TempDir Path dir;

  private Path tsv(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines));
  }

  @Test
  @DisplayName("a run on small files prints in-scope accuracy, out-of-scope recall and timing")
  void reportsFigures() throws Exception {
    Path train =
        tsv(
            "train.tsv",
            "track\twhere is my parcel",
            "track\ttrack my package",
            "track\ttrace my parcel",
            "hours\twhen are you open",
            "hours\topening hours today",
            "hours\tare you open",
            "oos\ttell me a joke",
            "oos\twhat is the weather");
    Path val = tsv("val.tsv", "track\twhere is the package", "hours\twhen do you open");
    Path oosVal = tsv("oos-val.tsv", "out_of_scope\tsing me a song");
    Path test = tsv("test.tsv", "track\twhere is my package", "hours\twhat are your opening hours");
    Path oosTest = tsv("oos-test.tsv", "oos\ttell me a funny joke");

    EvalReport report =
        NluEval.run(
            EvalArguments.parse(
                new String[] {
                  "--train", train.toString(), "--val", val.toString(),
                  "--oos-val", oosVal.toString(), "--test", test.toString(),
                  "--oos-test", oosTest.toString(), "--features", "words,chars"
                }));

    assertThat(report.n()).isEqualTo(3);
    assertThat(report.inScopeAccuracy()).isEqualTo(1.0);
    assertThat(report.oosRecall()).isNotNull();
    assertThat(report.toJson())
        .startsWith("{")
        .contains("\"in_scope_accuracy\": 1.0000", "\"oos_recall\": ", "\"ms_per_utterance\": ")
        .contains("\"accuracy\": ", "\"n\": 3");
  }

  @Test
  @DisplayName("without out-of-scope test sentences the recall is null")
  void noOutOfScopeTestItems() throws Exception {
    Path train = tsv("train.tsv", "track\twhere is my parcel", "hours\twhen are you open");
    Path test = tsv("test.tsv", "track\twhere is my parcel");

    EvalReport report =
        NluEval.run(
            EvalArguments.parse(
                new String[] {
                  "--train",
                  train.toString(),
                  "--test",
                  test.toString(),
                  "--features",
                  "chars",
                  "--threshold",
                  "0"
                }));

    assertThat(report.toJson()).contains("\"oos_recall\": null");
  }

  @Test
  @DisplayName("bad arguments are refused with a reason")
  void badArguments() throws IOException {
    Path test = tsv("test.tsv", "track\twhere is my parcel");

    assertThatThrownBy(() -> EvalArguments.parse(new String[] {"--train", "x.tsv"}))
        .hasMessageContaining("--test is required");
    assertThatThrownBy(() -> EvalArguments.parse(new String[] {"--test", test.toString(), "--x"}))
        .hasMessageContaining("unknown option");
    assertThatThrownBy(
            () -> EvalArguments.parse(new String[] {"--test", test.toString(), "--language", "de"}))
        .hasMessageContaining("unsupported language");
  }
}
