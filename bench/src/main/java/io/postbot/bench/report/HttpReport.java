package io.postbot.bench.report;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The cheap endpoints against the same server's static-file rate. */
final class HttpReport {

  private HttpReport() {}

  /** Rate of the first endpoint (the static file), and of the named one; null if not measured. */
  static double[] rates(JsonObject results, String name) {
    JsonObject http = RunFacts.figures(results, "http");
    if (http == null) {
      return null;
    }
    double ceiling =
        http.getJsonArray("endpoints").getJsonObject(0).getJsonNumber("throughput").doubleValue();
    for (JsonValue value : http.getJsonArray("endpoints")) {
      JsonObject endpoint = value.asJsonObject();
      if (endpoint.getString("name").equals(name)) {
        return new double[] {RunFacts.number(endpoint, "throughput"), ceiling};
      }
    }
    return null;
  }

  static String render(JsonObject results) {
    JsonObject http = RunFacts.figures(results, "http");
    if (http == null) {
      return "";
    }
    StringBuilder out = new StringBuilder("### Health checks and trivial endpoints\n\n");
    out.append(
        """
        Method: wrk (Debian's package, one thread, %d connections, keep-alive) from its own \
        process against each path, after a warm-up; the static file is the ceiling: the same \
        server's HTTP stack with no application code.

        """
            .formatted(http.getJsonArray("endpoints").getJsonObject(0).getInt("connections")));
    double ceiling =
        http.getJsonArray("endpoints").getJsonObject(0).getJsonNumber("throughput").doubleValue();
    Table table =
        new Table("endpoint", "requests/s", "p50", "p99", "errors", "of the static-file rate");
    for (JsonValue value : http.getJsonArray("endpoints")) {
      JsonObject e = value.asJsonObject();
      double rate = RunFacts.number(e, "throughput");
      table.row(
          e.getString("name"),
          Table.number(rate),
          Table.ms(RunFacts.number(e, "p50")),
          Table.ms(RunFacts.number(e, "p99")),
          e.getInt("errors"),
          Table.percent(rate / ceiling));
    }
    out.append(table.markdown()).append('\n');
    out.append(RunFacts.of(results.getJsonObject("http"))).append('\n');
    return out.toString();
  }
}
