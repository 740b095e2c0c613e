package io.postbot.bench.report;

import io.postbot.bench.measure.Summary;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The classifier in-process: the model's ceiling, and what each feature block costs. */
final class NluReport {

  private NluReport() {}

  /** The best all-core rate (one thread per core or more): the bot's ceiling; 0 if not measured. */
  static double ceiling(JsonObject results) {
    JsonObject nlu = RunFacts.figures(results, "nlu");
    if (nlu == null) {
      return 0;
    }
    double best = 0;
    for (JsonValue value : nlu.getJsonArray("throughput")) {
      JsonObject run = value.asJsonObject();
      if (run.getInt("threads") >= nlu.getInt("cores")) {
        best = Math.max(best, Summary.fromJson(run.getJsonObject("summary")).throughput());
      }
    }
    return best;
  }

  /** CPU ms a sentence with one thread per core (the ceiling's run); 0 if not measured. */
  static double cpuMsPerSentence(JsonObject results) {
    JsonObject nlu = RunFacts.figures(results, "nlu");
    if (nlu == null) {
      return 0;
    }
    for (JsonValue value : nlu.getJsonArray("throughput")) {
      JsonObject run = value.asJsonObject();
      if (run.getInt("threads") == nlu.getInt("cores")) {
        return Summary.fromJson(run.getJsonObject("summary")).cpuMsPerExchange();
      }
    }
    return 0;
  }

  static String render(JsonObject results) {
    JsonObject nlu = RunFacts.figures(results, "nlu");
    if (nlu == null) {
      return "";
    }
    StringBuilder out = new StringBuilder("### Language understanding in-process\n\n");
    out.append(
        """
        Method: the bot's own classifier (`EmbeddingIntentClassifier`, recipe `%s`, trained on \
        the shipped content in %s s with the suite's embedding cache) in the suite's JVM, \
        classifying the same %d sentences as the chat load, one sentence at a time per thread, \
        through the same `classify` call a customer's message takes. No server runs meanwhile.

        """
            .formatted(
                nlu.getString("recipe"),
                Table.number(RunFacts.number(nlu, "train_seconds")),
                nlu.getInt("sentences")));
    Table table = new Table("threads", "sentences/s", "p50", "p99", "CPU a sentence", "cores busy");
    for (JsonValue value : nlu.getJsonArray("throughput")) {
      JsonObject run = value.asJsonObject();
      Summary s = Summary.fromJson(run.getJsonObject("summary"));
      table.row(
          run.getInt("threads"),
          Table.number(s.throughput()),
          Table.ms(s.p50()),
          Table.ms(s.p99()),
          ChatReport.cpu(s.cpuMsPerExchange()),
          String.format(java.util.Locale.ROOT, "%.2f", s.coresBusy()));
    }
    out.append(table.markdown()).append('\n');
    JsonObject blocks = nlu.getJsonObject("blocks");
    double whole = RunFacts.number(blocks, "whole_ms");
    Table costs = new Table("block", "ms a sentence (one thread)", "share");
    String[][] parts = {
      {"MiniLM embedding (ONNX)", "minilm_ms"},
      {"bge-small embedding (ONNX)", "bge_ms"},
      {"word and character n-grams", "ngrams_ms"},
      {"the rest (head, language guess, ranking)", "rest_ms"},
      {"**whole classification**", "whole_ms"}
    };
    for (String[] part : parts) {
      double ms = RunFacts.number(blocks, part[1]);
      costs.row(
          part[0], String.format(java.util.Locale.ROOT, "%.2f", ms), Table.percent(ms / whole));
    }
    out.append("Cost of each feature block:\n\n").append(costs.markdown()).append('\n');
    out.append(RunFacts.of(results.getJsonObject("nlu"))).append('\n');
    return out.toString();
  }
}
