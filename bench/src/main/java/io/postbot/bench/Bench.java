package io.postbot.bench;

import io.postbot.bench.client.Sentences;
import io.postbot.bench.report.Report;
import io.postbot.bench.report.ResultStore;
import io.postbot.bench.sections.Run;
import io.postbot.bench.sections.Section;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * {@code ./postbot bench} runs this once per section (bin/bench decides the order and holds the
 * machine's lock around sections that start a server): it runs the section, keeps its figures with
 * the facts of the run in docs/bench/results.json, and writes the report again. {@code report} only
 * writes the report from the stored results.
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    BenchArguments arguments = BenchArguments.parse(args);
    Path repository = arguments.repository();
    ResultStore store = new ResultStore(repository.resolve("docs/bench/results.json"));
    if (!arguments.section().equals("report")) {
      Section section = Sections.named(arguments.section());
      Progress progress = Progress.onStandardError();
      Run run =
          new Run(
              repository,
              repository.resolve("target/bench"),
              arguments.port(),
              arguments.quick(),
              progress,
              Sentences.read(repository));
      String commit = Git.describe(repository);
      double loadBefore = Machine.loadAverage();
      OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
      JsonObject figures = section.run(run);
      JsonObject result =
          Json.createObjectBuilder()
              .add("date", started.toString())
              .add("commit", commit)
              .add("quick", arguments.quick())
              .add("command", arguments.command(System.getenv()))
              .add("machine", Machine.describe())
              .add(
                  "loadavg",
                  Json.createObjectBuilder()
                      .add("before", loadBefore)
                      .add("after", Machine.loadAverage()))
              .add("figures", figures)
              .build();
      store.put(section.name(), result);
      progress.note(
          String.format(Locale.ROOT, "%s done; results in %s", section.name(), store.file()));
    }
    new Report(store.read(), repository).write();
    System.exit(0);
  }
}
