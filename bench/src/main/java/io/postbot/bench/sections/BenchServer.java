package io.postbot.bench.sections;

import io.postbot.bench.server.JvmMemory;
import io.postbot.bench.server.PostbotServer;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The server a load section measures: {@code ./postbot run} with a fresh H2 data folder, the
 * suite's shared embedding cache (so the start is warm), and limits raised for one load generator
 * on one address. Everything else is the product's default.
 */
final class BenchServer {

  static final String ADMIN = "bench-admin";
  static final String ADMIN_PASSWORD = "bench-admin-secret-1";

  /**
   * The settings a load test changes: every customer comes from 127.0.0.1, so per-address limits
   * would measure the rate limiter instead of the server; people answer at any hour.
   */
  static Map<String, String> settings(Run run) {
    return Map.ofEntries(
        Map.entry("POSTBOT_RATELIMIT_MESSAGES_PER_MINUTE", "1000000"),
        Map.entry("POSTBOT_RATELIMIT_MESSAGES_PER_MINUTE_PER_ADDRESS", "100000000"),
        Map.entry("POSTBOT_RATELIMIT_CONVERSATIONS_PER_HOUR_PER_ADDRESS", "100000000"),
        Map.entry("POSTBOT_RATELIMIT_REQUESTS_PER_MINUTE_PER_ADDRESS", "100000000"),
        Map.entry("POSTBOT_WS_MAX_PER_ADDRESS", "100000000"),
        Map.entry("POSTBOT_WS_CONNECTS_PER_MINUTE_PER_ADDRESS", "100000000"),
        Map.entry("POSTBOT_HANDOFF_OPENING_HOURS", "always"),
        Map.entry("POSTBOT_ADMIN_USERNAME", ADMIN),
        Map.entry("POSTBOT_ADMIN_PASSWORD", ADMIN_PASSWORD),
        Map.entry("POSTBOT_NLU_EMBEDDING_CACHE", run.embeddingCache().toString()));
  }

  static PostbotServer start(Run run, String section) throws IOException, InterruptedException {
    Path folder = run.work().resolve(section);
    deleteTree(folder.resolve("data"));
    run.progress().note("starting the server (./postbot run on port " + run.port() + ")");
    PostbotServer server =
        PostbotServer.start(
            run.repository(),
            run.port(),
            folder.resolve("data"),
            folder.resolve("server.log"),
            settings(run));
    try {
      server.awaitReady(Duration.ofMinutes(5));
    } catch (IOException | InterruptedException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** RSS and live heap (after a full collection) of the server now. */
  static JsonObjectBuilder memory(PostbotServer server) throws IOException, InterruptedException {
    return Json.createObjectBuilder()
        .add("heap_mib", Math.round(JvmMemory.liveHeapMiB(server.pid())))
        .add("rss_mib", Math.round(JvmMemory.residentMiB(server.pid())));
  }

  static void deleteTree(Path folder) throws IOException {
    if (!java.nio.file.Files.exists(folder)) {
      return;
    }
    try (var paths = java.nio.file.Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.delete(path);
      }
    }
  }
}
