package io.postbot.bench.report;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;

/** Start-up cold and warm, and where its time goes. */
final class StartupReport {

  static final String[][] MILESTONES = {
    {"jvm", "Payara Micro's first log line (launcher and JVM up)"},
    {"deployed", "application deployed (CDI, JPA units)"},
    {"web_started", "web module starting (Faces, WebSocket)"},
    {"migrated", "database migrated (Flyway, every context)"},
    {"classifier_started", "classifier training starts"},
    {"classifier_trained", "classifier trained"},
    {"classifier_shipped", "classifier read from the model the build shipped (cold)"},
    {"model_loaded", "active model version loaded from the database (warm)"},
  };

  private StartupReport() {}

  /** Ready seconds of the first start of this kind; -1 if none. */
  static double ready(JsonObject results, String kind) {
    JsonObject startup = RunFacts.figures(results, "startup");
    if (startup == null) {
      return -1;
    }
    double best = -1;
    for (JsonValue value : startup.getJsonArray("starts")) {
      JsonObject start = value.asJsonObject();
      if (start.getString("kind").equals(kind)) {
        best = Math.max(best, RunFacts.number(start, "ready_s"));
      }
    }
    return best;
  }

  static String render(JsonObject results) {
    JsonObject startup = RunFacts.figures(results, "startup");
    if (startup == null) {
      return "";
    }
    StringBuilder out = new StringBuilder("### Start-up\n\n");
    out.append(
        """
        Method: `./postbot run` on a built app, started by the suite with a data folder of its \
        own: cold the first time (empty folder: no database, no embedding cache), warm after \
        (the same folder). Timed from the launch to `/health/ready` UP, to a first conversation \
        (`POST /conversations`), and to the bot's first answer (`POST .../messages`); memory after \
        that answer. The milestones come from the server log's timestamps.

        """);
    Table table =
        new Table("start", "ready", "first conversation", "first answer", "RSS", "heap (live)");
    Table timeline = new Table(header(startup));
    for (JsonValue value : startup.getJsonArray("starts")) {
      JsonObject s = value.asJsonObject();
      table.row(
          s.getString("kind"),
          seconds(s, "ready_s"),
          seconds(s, "first_conversation_s"),
          seconds(s, "first_answer_s"),
          Table.number(RunFacts.number(s, "rss_mib")) + " MiB",
          Table.number(RunFacts.number(s, "heap_mib")) + " MiB");
    }
    for (String[] milestone : MILESTONES) {
      Object[] row = new Object[startup.getJsonArray("starts").size() + 1];
      row[0] = milestone[1];
      int i = 1;
      for (JsonValue value : startup.getJsonArray("starts")) {
        JsonObject t = value.asJsonObject().getJsonObject("timeline");
        row[i++] = t.containsKey(milestone[0]) ? seconds(t, milestone[0]) : "-";
      }
      timeline.row(row);
    }
    out.append(table.markdown()).append("\nWhere the time goes (seconds from the launch):\n\n");
    out.append(timeline.markdown()).append('\n');
    out.append(RunFacts.of(results.getJsonObject("startup"))).append('\n');
    return out.toString();
  }

  private static String[] header(JsonObject startup) {
    int n = startup.getJsonArray("starts").size();
    String[] header = new String[n + 1];
    header[0] = "milestone";
    for (int i = 0; i < n; i++) {
      header[i + 1] = startup.getJsonArray("starts").getJsonObject(i).getString("kind");
    }
    return header;
  }

  private static String seconds(JsonObject json, String key) {
    return String.format(Locale.ROOT, "%.1f s", RunFacts.number(json, key));
  }
}
