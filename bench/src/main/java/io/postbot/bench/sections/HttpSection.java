package io.postbot.bench.sections;

import io.postbot.bench.server.PostbotServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cheap endpoints against the static-file rate of the same server: a static file of the widget
 * (the ceiling), the health checks, and a JAX-RS endpoint that does almost nothing. Load from wrk.
 */
public final class HttpSection implements Section {

  static final int CONNECTIONS = 50;

  /** Name in the report, and the path: the static file first, it is the ceiling. */
  static final Map<String, String> ENDPOINTS = new LinkedHashMap<>();

  static {
    ENDPOINTS.put("static file (widget/postbot.js)", "widget/postbot.js");
    ENDPOINTS.put("/health/live", "health/live");
    ENDPOINTS.put("/health/ready", "health/ready");
    ENDPOINTS.put("/health", "health");
    ENDPOINTS.put("trivial JAX-RS (tracking simulator)", TrivialCustomer.PATH);
  }

  @Override
  public String name() {
    return "http";
  }

  @Override
  public boolean startsServer() {
    return true;
  }

  @Override
  public JsonObject run(Run run) throws Exception {
    Duration warmUp = run.phase(Duration.ofSeconds(10));
    Duration measured = run.phase(Duration.ofSeconds(20));
    try (PostbotServer server = BenchServer.start(run, name())) {
      var endpoints = Json.createArrayBuilder();
      for (var endpoint : ENDPOINTS.entrySet()) {
        run.progress().section("http, " + endpoint.getKey() + ", " + CONNECTIONS + " connections");
        run.progress().note("warm-up " + warmUp.toSeconds() + " s");
        Wrk.run(server.base().resolve(endpoint.getValue()), CONNECTIONS, warmUp);
        run.progress().note("measuring " + measured.toSeconds() + " s (wrk)");
        JsonObject figures =
            Wrk.run(server.base().resolve(endpoint.getValue()), CONNECTIONS, measured);
        endpoints.add(
            Json.createObjectBuilder(figures)
                .add("name", endpoint.getKey())
                .add("path", "/" + endpoint.getValue()));
      }
      return Json.createObjectBuilder().add("endpoints", endpoints).build();
    }
  }
}
