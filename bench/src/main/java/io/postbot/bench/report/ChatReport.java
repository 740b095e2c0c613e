package io.postbot.bench.report;

import io.postbot.bench.measure.Summary;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** The bot's message round trip against the framework's and the model's ceilings. */
final class ChatReport {

  private ChatReport() {}

  static String render(JsonObject results, Charts charts) {
    JsonObject chat = RunFacts.figures(results, "chat");
    if (chat == null) {
      return "";
    }
    double model = NluReport.ceiling(results);
    Table table =
        new Table(
            "conversations",
            "bot replies/s",
            "bot p50",
            "bot p99",
            "bot errors",
            "trivial endpoint req/s",
            "trivial p50 / p99",
            "bot / model ceiling",
            "server CPU a reply (model: %s)".formatted(cpu(NluReport.cpuMsPerSentence(results))));
    List<double[]> points = new ArrayList<>();
    for (JsonValue value : chat.getJsonArray("levels")) {
      JsonObject level = value.asJsonObject();
      Summary bot = Summary.fromJson(level.getJsonObject("bot"));
      Summary trivial = Summary.fromJson(level.getJsonObject("trivial"));
      int n = level.getInt("conversations");
      table.row(
          n,
          Table.number(bot.throughput()),
          Table.ms(bot.p50()),
          Table.ms(bot.p99()),
          bot.errors(),
          Table.number(trivial.throughput()),
          Table.ms(trivial.p50()) + " / " + Table.ms(trivial.p99()),
          model > 0 ? Table.percent(bot.throughput() / model) : "(run nlu)",
          cpu(bot.cpuMsPerExchange()));
      points.add(
          new double[] {
            n, bot.p50(), bot.p99(), trivial.p50(), trivial.p99(), bot.throughput(), model
          });
    }
    Summary paced = Summary.fromJson(chat.getJsonObject("paced").getJsonObject("bot"));
    StringBuilder out = new StringBuilder("### Bot message round trip\n\n");
    out.append(
        """
        Method: customers in a separate JVM (`bench` module, java.net.http over loopback) each \
        start a conversation and write one message at a time: POST the next sentence of the \
        content's held-out test sets (English and Norwegian, out-of-scope ones included), read \
        the whole reply, write again at once; after %d messages a customer starts a new \
        conversation (not timed). Warm-up, then a measured phase; a reply slower than 30 s, or any \
        status but 200, is an error. The framework's ceiling is the same customers on the same \
        server calling a JAX-RS endpoint that does next to nothing (the tracking simulator); the \
        model's ceiling is the classifier in-process on the same sentences with all cores (%s \
        sentences/s, see Language understanding). CPU a reply is the server process's CPU time         (all threads, from /proc) over the phase divided by the replies: it depends far less on         what else runs on the machine than the rates do, and the model's CPU a sentence is its         in-process equivalent.

        """
            .formatted(chat.getInt("messages_per_conversation"), Table.number(model)));
    out.append(table.markdown()).append('\n');
    out.append(
        String.format(
            "Paced: %d conversations each writing one message a second (latency from the planned"
                + " moment, so a slow reply also delays the next): **p50 %s, p99 %s, max %s**, %d"
                + " replies, %d errors.%n%n",
            chat.getJsonObject("paced").getInt("conversations"),
            Table.ms(paced.p50()),
            Table.ms(paced.p99()),
            Table.ms(paced.max()),
            paced.count(),
            paced.errors()));
    out.append(
        String.format(
            "Server memory: %s after start, %s after this load.%n%n",
            memory(chat.getJsonObject("memory_after_start")),
            memory(chat.getJsonObject("memory_after_load"))));
    out.append(charts.chatLatency(points)).append(charts.chatThroughput(points));
    out.append(RunFacts.of(results.getJsonObject("chat"))).append('\n');
    return out.toString();
  }

  /** CPU milliseconds, or a dash when the run did not measure them. */
  static String cpu(double ms) {
    return ms <= 0 ? "-" : Table.ms(ms);
  }

  static String memory(JsonObject memory) {
    return String.format(
        "heap %s MiB (live, after a full collection), RSS %s MiB",
        Table.number(RunFacts.number(memory, "heap_mib")),
        Table.number(RunFacts.number(memory, "rss_mib")));
  }
}
