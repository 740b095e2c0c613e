package io.postbot.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The report shows each figure against its ceiling and the targets")
class TheReportShowsFiguresAgainstTargetsTest {

  @TempDir Path folder;

  static JsonObject sample() throws IOException {
    try (InputStream in =
            TheReportShowsFiguresAgainstTargetsTest.class.getResourceAsStream(
                "/sample-results.json");
        var reader = Json.createReader(in)) {
      return reader.readObject();
    }
  }

  @Test
  @DisplayName("each target is judged from the figures of the last run")
  void targets() throws IOException {
    String targets = TargetsReport.render(sample());

    assertThat(targets)
        .contains(
            "| bot replies at 100 conversations >= 80% of the model's ceiling | 125 of 150"
                + " sentences/s: 83% | yes |")
        .contains(
            "| p99 < 100 ms, 10 conversations writing a message a second | p99 80.0 ms | yes |")
        .contains("| 0 errors (every bot phase) | 3 errors | **no** |")
        .contains(
            "| /health/live near the static-file rate (>= 80%) | 2,300 of 2,400 req/s: 96% | yes |")
        .contains(
            "| /health/ready near the static-file rate (>= 80%) | 300 of 2,400 req/s: 13% | **no** |")
        .contains("| ready < 20 s warm | 18.0 s (slowest warm start) | yes |")
        .contains("| ready < 30 s cold | 35.5 s | **no** |");
  }

  @Test
  @DisplayName("the model's ceiling is the best rate with at least one thread per core")
  void ceiling() throws IOException {
    assertThat(NluReport.ceiling(sample())).isEqualTo(150.0);
  }

  @Test
  @DisplayName("memory per connection is the slope from no sockets to all of them")
  void perConnection() throws IOException {
    double[] kib = SocketReport.perConnectionKib(RunFacts.figures(sample(), "sockets"));

    assertThat(kib[0]).isEqualTo(200 * 1024 / 10_000.0);
    assertThat(kib[1]).isEqualTo(300 * 1024 / 10_000.0);
  }

  @Test
  @DisplayName("every section names its machine, load and command; a quick run says so")
  void facts() throws IOException {
    String page = new Report(sample(), folder).generated(new Charts(folder, folder));

    assertThat(page)
        .contains("load average 1.0 before, 2.5 after")
        .contains("Reproduce: `./postbot bench chat`")
        .contains("**Quick run**")
        .contains("| 100 | 125 | 800 ms | 1,100 ms | 0 | 2,000 | 40.0 ms / 90.0 ms | 83% | - |");
  }

  @Test
  @DisplayName("only the part between the markers is rewritten; the first time it is appended")
  void markers() {
    String first = Report.replace("# Benchmarks\n\nhand-written\n", "figures v1\n");
    String second = Report.replace(first + "\n## Later section\n", "figures v2\n");

    assertThat(first).startsWith("# Benchmarks\n\nhand-written\n\n" + Report.BEGIN);
    assertThat(second)
        .contains("figures v2")
        .doesNotContain("figures v1")
        .contains("hand-written")
        .endsWith("## Later section\n");
  }
}
