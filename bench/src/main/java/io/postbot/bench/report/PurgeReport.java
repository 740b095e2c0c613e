package io.postbot.bench.report;

import jakarta.json.JsonObject;
import java.util.Locale;

/** The retention purge on PostgreSQL beside live chats (bin/bench-purge). */
final class PurgeReport {

  private PurgeReport() {}

  static String render(JsonObject results) {
    JsonObject purge = RunFacts.figures(results, "purge");
    if (purge == null) {
      return "";
    }
    StringBuilder out = new StringBuilder("### Retention purge on PostgreSQL\n\n");
    out.append(
        "Method: `bin/bench-purge` (see \"Retention purge on PostgreSQL\" below): bulk-loads"
            + " expired conversations into a schema of its own, purges them as the server does while"
            + " a live-chat loop writes and reads; the live loop alone before the purge is its"
            + " ceiling.\n\n");
    Table table = new Table("figure", "value");
    table.row(
        "bulk load",
        String.format(
            Locale.ROOT,
            "%,d conversations in %.0f s",
            purge.getInt("conversations"),
            RunFacts.number(purge, "load_s")));
    table.row(
        "purge",
        String.format(
            Locale.ROOT,
            "%,d conversations in %,d batches, %.1f s: **%,d conversations/s**",
            purge.getJsonNumber("purged").longValue(),
            purge.getJsonNumber("batches").longValue(),
            RunFacts.number(purge, "purge_s"),
            purge.getJsonNumber("per_second").longValue()));
    table.row("expired conversations left", purge.getJsonNumber("left").longValue());
    for (String phase : new String[] {"before", "during"}) {
      JsonObject live = purge.getJsonObject("live_" + phase);
      if (live != null) {
        table.row(
            "live chat round " + phase + " the purge",
            String.format(
                Locale.ROOT,
                "%,d rounds: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.0f ms",
                live.getJsonNumber("rounds").longValue(),
                RunFacts.number(live, "p50"),
                RunFacts.number(live, "p95"),
                RunFacts.number(live, "p99"),
                RunFacts.number(live, "max")));
      }
    }
    out.append(table.markdown()).append('\n');
    out.append(RunFacts.of(results.getJsonObject("purge"))).append('\n');
    return out.toString();
  }
}
