package io.postbot.bench.report;

import io.postbot.bench.measure.Summary;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;

/** The targets for this 2-core machine, each against the figure of the last run. */
final class TargetsReport {

  /** "Near the static-file rate", read as at least this share of it. */
  static final double NEAR = 0.8;

  private TargetsReport() {}

  static String render(JsonObject results) {
    Table table = new Table("target", "measured", "met");
    JsonObject chat = RunFacts.figures(results, "chat");
    double model = NluReport.ceiling(results);
    // the model's ceiling counts only when it was measured on the machine the chat ran on
    boolean sameMachine = sameMachine(results, "chat", "nlu");
    if (chat != null && model > 0) {
      for (JsonValue value : chat.getJsonArray("levels")) {
        JsonObject level = value.asJsonObject();
        if (level.getInt("conversations") == 100) {
          double bot = Summary.fromJson(level.getJsonObject("bot")).throughput();
          table.row(
              "bot replies at 100 conversations >= 80% of the model's ceiling",
              String.format(
                      Locale.ROOT,
                      "%s of %s sentences/s: %s",
                      Table.number(bot),
                      Table.number(model),
                      Table.percent(bot / model))
                  + (sameMachine ? "" : " (ceiling from another machine)"),
              sameMachine ? verdict(bot >= 0.8 * model) : NOT_COMPARABLE);
          double botCpu = Summary.fromJson(level.getJsonObject("bot")).cpuMsPerExchange();
          double modelCpu = NluReport.cpuMsPerSentence(results);
          if (botCpu > 0 && modelCpu > 0) {
            table.row(
                "... the same by CPU time (model's CPU a sentence / server's CPU a reply)",
                String.format(
                        Locale.ROOT,
                        "%s / %s: %s",
                        Table.ms(modelCpu),
                        Table.ms(botCpu),
                        Table.percent(modelCpu / botCpu))
                    + (sameMachine ? "" : " (ceiling from another machine)"),
                sameMachine ? verdict(modelCpu >= 0.8 * botCpu) : NOT_COMPARABLE);
          }
        }
      }
    }
    if (chat != null) {
      Summary paced = Summary.fromJson(chat.getJsonObject("paced").getJsonObject("bot"));
      table.row(
          "p99 < 100 ms, 10 conversations writing a message a second",
          "p99 " + Table.ms(paced.p99()),
          verdict(paced.p99() < 100));
      int errors = paced.errors();
      for (JsonValue value : chat.getJsonArray("levels")) {
        errors += Summary.fromJson(value.asJsonObject().getJsonObject("bot")).errors();
      }
      table.row("0 errors (every bot phase)", errors + " errors", verdict(errors == 0));
    }
    for (String health : new String[] {"/health/live", "/health/ready"}) {
      double[] rates = HttpReport.rates(results, health);
      if (rates != null) {
        table.row(
            health + " near the static-file rate (>= 80%)",
            String.format(
                Locale.ROOT,
                "%s of %s req/s: %s",
                Table.number(rates[0]),
                Table.number(rates[1]),
                Table.percent(rates[0] / rates[1])),
            verdict(rates[0] >= NEAR * rates[1]));
      }
    }
    JsonObject sockets = RunFacts.figures(results, "sockets");
    if (sockets != null) {
      int held = sockets.getInt("held_at_end");
      table.row(
          "10,000 idle chat connections",
          String.format(Locale.ROOT, "%,d held", held)
              + (sockets.containsKey("reopened")
                  ? String.format(
                      Locale.ROOT, " (%,d after a reconnect)", sockets.getInt("reopened"))
                  : ""),
          verdict(held >= 10_000));
      JsonArray steps = sockets.getJsonArray("steps");
      double heap = RunFacts.number(steps.getJsonObject(steps.size() - 1), "heap_mib");
      table.row(
          "... under 1 GiB of heap",
          Table.number(heap) + " MiB live heap",
          verdict(heap < 1024 && held >= 10_000));
      Summary delivery = Summary.fromJson(sockets.getJsonObject("delivery"));
      table.row(
          "... agent message to customer p99 < 100 ms",
          "p99 " + Table.ms(delivery.p99()) + ", " + delivery.errors() + " lost",
          verdict(delivery.p99() < 100 && delivery.errors() == 0 && held >= 10_000));
    }
    double warm = StartupReport.ready(results, "warm");
    double cold = StartupReport.ready(results, "cold");
    if (warm >= 0) {
      table.row(
          "ready < 20 s warm",
          String.format(Locale.ROOT, "%.1f s (slowest warm start)", warm),
          verdict(warm < 20));
    }
    if (cold >= 0) {
      table.row(
          "ready < 30 s cold", String.format(Locale.ROOT, "%.1f s", cold), verdict(cold < 30));
    }
    String rows = table.markdown();
    return "### Against the targets\n\n"
        + (rows.lines().count() > 2 ? rows : "No figures yet: run `./postbot bench`.\n")
        + '\n';
  }

  /** Two sections ran on the same kind of machine (the farm's machines differ in CPU). */
  static boolean sameMachine(JsonObject results, String one, String other) {
    JsonObject a = results.getJsonObject(one);
    JsonObject b = results.getJsonObject(other);
    return a != null
        && b != null
        && a.getJsonObject("machine")
            .getString("cpu")
            .equals(b.getJsonObject("machine").getString("cpu"));
  }

  private static final String NOT_COMPARABLE = "not comparable: run both sections again";

  private static String verdict(boolean met) {
    return met ? "yes" : "**no**";
  }
}
