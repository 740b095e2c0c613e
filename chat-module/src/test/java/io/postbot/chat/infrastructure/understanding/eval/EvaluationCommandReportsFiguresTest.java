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
  @DisplayName(
      "--refit true trains again with the validation sentences once the threshold is chosen")
  void refit() throws Exception {
    // given six in-scope and two out-of-scope training sentences, two in-scope and one
    // out-of-scope validation sentence
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
    Path oosVal = tsv("oos-val.tsv", "oos\tsing me a song");
    Path test = tsv("test.tsv", "track\twhere is my package");

    // when evaluated with --refit under either rule
    String[] common = {
      "--train",
      train.toString(),
      "--val",
      val.toString(),
      "--oos-val",
      oosVal.toString(),
      "--test",
      test.toString(),
      "--features",
      "words,chars",
      "--refit",
      "true"
    };
    EvalReport withOos = NluEval.run(EvalArguments.parse(common));
    String[] thresholdRule = java.util.Arrays.copyOf(common, common.length + 2);
    thresholdRule[common.length] = "--rule";
    thresholdRule[common.length + 1] = "oos-threshold";
    EvalReport withoutOos = NluEval.run(EvalArguments.parse(thresholdRule));

    // then the last model learnt the validation sentences too, out-of-scope ones only where the
    // rule allows out-of-scope training data
    assertThat(withOos.toJson()).contains("\"train_examples\": 11");
    assertThat(withoutOos.toJson()).contains("\"train_examples\": 8");
  }

  @Test
  @DisplayName("--dump writes the features, head scores and labels of train, val and test")
  void dump() throws Exception {
    Path train = tsv("train.tsv", "track\twhere is my parcel", "hours\twhen are you open");
    Path val = tsv("val.tsv", "track\twhere is the parcel");
    Path test = tsv("test.tsv", "track\twhere is my parcel", "hours\topen today");
    Path out = dir.resolve("dump");

    NluEval.run(
        EvalArguments.parse(
            new String[] {
              "--train",
              train.toString(),
              "--val",
              val.toString(),
              "--test",
              test.toString(),
              "--features",
              "chars",
              "--dump",
              out.toString()
            }));

    assertThat(Files.readAllLines(out.resolve("labels.txt"))).containsExactly("track", "hours");
    assertThat(Files.readAllLines(out.resolve("test.labels"))).containsExactly("track", "hours");
    // two rows of two scores: a header of two int32, then four float32
    assertThat(Files.size(out.resolve("test.logits"))).isEqualTo(8 + 4 * 4);
    assertThat(out.resolve("train.dense")).exists();
    assertThat(out.resolve("val.dense")).exists();
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
