package io.postbot.bench.sections;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The retention purge on PostgreSQL, by the existing benchmark (bin/bench-purge, the retention
 * module's PurgeBenchmark): expired conversations purged a second, and a live chat loop's latency
 * before and during the purge, its own ceiling.
 */
public final class PurgeSection implements Section {

  static final int CONVERSATIONS = 1_000_000;

  private static final Pattern PURGED =
      Pattern.compile(
          "purged ([\\d,]+) conversations .* in ([\\d,]+) batches, ([\\d.]+) s: ([\\d,]+) conversations/s");
  private static final Pattern LIVE =
      Pattern.compile(
          "live chat (before|during) the purge: ([\\d,]+) rounds, p50 ([\\d.]+) ms, p95 ([\\d.]+) ms, p99 ([\\d.]+) ms, max ([\\d.]+) ms");
  private static final Pattern LOADED = Pattern.compile("loaded .* in ([\\d.]+) s");
  private static final Pattern LEFT = Pattern.compile("expired conversations left: (\\d+)");

  @Override
  public String name() {
    return "purge";
  }

  /** PostgreSQL only, in a schema of its own: no server, no fixed port. */
  @Override
  public boolean startsServer() {
    return false;
  }

  @Override
  public JsonObject run(Run run) throws Exception {
    int conversations = run.count(CONVERSATIONS);
    run.progress()
        .section("purge, " + String.format("%,d", conversations) + " conversations on PostgreSQL");
    run.progress()
        .note("bin/bench-purge " + conversations + " (bulk load, then purge beside live chats)");
    Process bench =
        new ProcessBuilder(
                run.repository().resolve("bin/bench-purge").toString(),
                Integer.toString(conversations))
            .directory(run.repository().toFile())
            .redirectErrorStream(true)
            .start();
    StringBuilder output = new StringBuilder();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(bench.getInputStream()))) {
      for (String line; (line = lines.readLine()) != null; ) {
        output.append(line).append('\n');
        run.progress().note(line);
      }
    }
    if (bench.waitFor() != 0) {
      throw new IOException("bin/bench-purge failed:\n" + output);
    }
    return parse(output.toString(), conversations);
  }

  static JsonObject parse(String output, int conversations) throws IOException {
    JsonObjectBuilder json = Json.createObjectBuilder().add("conversations", conversations);
    Matcher purged = PURGED.matcher(output);
    Matcher loaded = LOADED.matcher(output);
    Matcher left = LEFT.matcher(output);
    if (!purged.find() || !loaded.find() || !left.find()) {
      throw new IOException("unexpected output of bin/bench-purge:\n" + output);
    }
    json.add("load_s", Double.parseDouble(loaded.group(1)))
        .add("purged", number(purged.group(1)))
        .add("batches", number(purged.group(2)))
        .add("purge_s", Double.parseDouble(purged.group(3)))
        .add("per_second", number(purged.group(4)))
        .add("left", Long.parseLong(left.group(1)));
    Matcher live = LIVE.matcher(output);
    while (live.find()) {
      json.add(
          "live_" + live.group(1),
          Json.createObjectBuilder()
              .add("rounds", number(live.group(2)))
              .add("p50", Double.parseDouble(live.group(3)))
              .add("p95", Double.parseDouble(live.group(4)))
              .add("p99", Double.parseDouble(live.group(5)))
              .add("max", Double.parseDouble(live.group(6))));
    }
    return json.build();
  }

  private static long number(String digits) {
    return Long.parseLong(digits.replace(",", ""));
  }
}
