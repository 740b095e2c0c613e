package io.postbot.bench.report;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the suite's part of docs/benchmarks.md from the stored results: between two marker
 * comments, so the hand-written sections around it stay as they are; the first time, the part is
 * appended at the end.
 */
public final class Report {

  static final String BEGIN =
      "<!-- bench:begin: written by ./postbot bench from docs/bench/results.json; edit bench/ -->";
  static final String END = "<!-- bench:end -->";

  private final JsonObject results;
  private final Path repository;

  public Report(JsonObject results, Path repository) {
    this.results = results;
    this.repository = repository;
  }

  public void write() throws IOException {
    Path doc = repository.resolve("docs/benchmarks.md");
    Charts charts =
        new Charts(repository.resolve("docs/bench"), repository.resolve("target/bench/charts"));
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    Files.writeString(doc, replace(text, generated(charts)), StandardCharsets.UTF_8);
  }

  /** The text with the part between the markers replaced (or appended when there are none). */
  static String replace(String text, String part) {
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    String block = BEGIN + "\n" + part + END;
    if (begin < 0 || end < begin) {
      return text.stripTrailing() + "\n\n" + block + "\n";
    }
    return text.substring(0, begin) + block + text.substring(end + END.length());
  }

  String generated(Charts charts) {
    return """
    ## The benchmark suite (`./postbot bench`)

    `./postbot bench` measures every figure below on this machine and writes this part of the \
    page (tables from `docs/bench/results.json`, charts in `docs/bench/`); \
    `./postbot bench SECTION...` runs some sections (`nlu`, `http`, `chat`, `sockets`, \
    `startup`, `purge`) and keeps the others' last figures, `--quick` runs shorter phases \
    for trying it. Load comes from a separate JVM (the `bench` module) or wrk over loopback, \
    every phase bounded in time; servers are started with `./postbot run` on a built app \
    (port 18180, `--port` to change). Each figure stands beside a ceiling measured in the \
    same run, since the machine is shared and its absolute speed varies: compare the ratios, \
    and read the load average given with each section.

    """
        + TargetsReport.render(results)
        + ChatReport.render(results, charts)
        + HttpReport.render(results)
        + SocketReport.render(results, charts)
        + NluReport.render(results)
        + StartupReport.render(results)
        + PurgeReport.render(results);
  }
}
