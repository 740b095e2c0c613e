package io.postbot.bench.report;

import io.postbot.bench.measure.Summary;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Idle chat connections: how many were held, what each costs, and agent messages meanwhile. */
final class SocketReport {

  private SocketReport() {}

  /** Heap and RSS per connection in KiB: the slope between no sockets and all of them. */
  static double[] perConnectionKib(JsonObject sockets) {
    JsonArray steps = sockets.getJsonArray("steps");
    JsonObject first = steps.getJsonObject(0);
    JsonObject last = steps.getJsonObject(steps.size() - 1);
    int connections = last.getInt("connections") - first.getInt("connections");
    if (connections <= 0) {
      return new double[] {0, 0};
    }
    return new double[] {
      (RunFacts.number(last, "heap_mib") - RunFacts.number(first, "heap_mib")) * 1024 / connections,
      (RunFacts.number(last, "rss_mib") - RunFacts.number(first, "rss_mib")) * 1024 / connections
    };
  }

  static String render(JsonObject results, Charts charts) {
    JsonObject sockets = RunFacts.figures(results, "sockets");
    if (sockets == null) {
      return "";
    }
    StringBuilder out = new StringBuilder("### Idle chat connections and agent messages\n\n");
    out.append(
        """
        Method: %,d conversations are started, then their widget sockets opened \
        (`/ws/conversations/{id}`, authenticated by the first frame, until the server says \
        ready, 64 opening at a time; a socket the server closes before ready is opened again         as the widget does, after 2 s, then 4 s) in four steps from the suite's JVM; after each step the server's heap after a \
        full collection (`jcmd GC.run`, `GC.heap_info`) and its RSS. Then, with every socket \
        still open, an agent signs in to the console, takes %d of those customers, and writes \
        to them in turn through the chat page's form (a browser's POST); a message's delivery \
        time runs from the agent's POST to the customer's socket receiving it.

        """
            .formatted(sockets.getInt("target"), sockets.getInt("agent_chats")));
    Table steps = new Table("open connections", "heap (live)", "RSS");
    List<double[]> points = new ArrayList<>();
    for (JsonValue value : sockets.getJsonArray("steps")) {
      JsonObject step = value.asJsonObject();
      steps.row(
          String.format(Locale.ROOT, "%,d", step.getInt("connections")),
          Table.number(RunFacts.number(step, "heap_mib")) + " MiB",
          Table.number(RunFacts.number(step, "rss_mib")) + " MiB");
      points.add(
          new double[] {
            step.getInt("connections"),
            RunFacts.number(step, "heap_mib"),
            RunFacts.number(step, "rss_mib")
          });
    }
    out.append(steps.markdown()).append('\n');
    double[] per = perConnectionKib(sockets);
    Summary delivery = Summary.fromJson(sockets.getJsonObject("delivery"));
    out.append(
        String.format(
            Locale.ROOT,
            "Held at the end: **%,d of %,d** (%d conversations failed to start, %d sockets failed"
                + " to open%s). Per connection: **%.1f KiB of heap, %.1f KiB of RSS**.%n%n",
            sockets.getInt("held_at_end"),
            sockets.getInt("target"),
            sockets.getInt("failed_starts"),
            sockets.getInt("open_errors"),
            sockets.containsKey("attempts")
                ? " in " + sockets.getInt("attempts") + " attempts each"
                : "",
            per[0],
            per[1]));
    if (sockets.containsKey("to_ready")) {
      Summary toReady = Summary.fromJson(sockets.getJsonObject("to_ready"));
      out.append(
          String.format(
              Locale.ROOT,
              "Opening as the widget does (a close before ready: connect again after 2 s, then 4"
                  + " s): **%,d sockets needed more than one attempt**; from the first attempt to"
                  + " the server's ready: p50 %s, p99 %s, max %s.%n%n",
              sockets.getInt("reopened"),
              Table.ms(toReady.p50()),
              Table.ms(toReady.p99()),
              Table.ms(toReady.max())));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "Agent message to customer at that load (%d messages): **p50 %s, p99 %s, max"
                + " %s**, %d not delivered within 10 s.%n%n",
            delivery.count(),
            Table.ms(delivery.p50()),
            Table.ms(delivery.p99()),
            Table.ms(delivery.max()),
            delivery.errors()));
    JsonObject failures = sockets.getJsonObject("open_failures");
    if (failures != null && !failures.isEmpty()) {
      out.append("Why attempts to open a socket failed:");
      failures.forEach(
          (reason, n) -> out.append(" ").append(n).append(" x `").append(reason).append("`;"));
      out.setLength(out.length() - 1);
      out.append(".\n\n");
    }
    out.append(charts.socketMemory(points));
    out.append(RunFacts.of(results.getJsonObject("sockets"))).append('\n');
    return out.toString();
  }
}
