package io.postbot.bench.sections;

import io.postbot.bench.client.Conversation;
import io.postbot.bench.client.CustomerClient;
import io.postbot.bench.server.JvmMemory;
import io.postbot.bench.server.PostbotServer;
import io.postbot.bench.server.StartupLog;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Start-up as an operator sees it, from {@code ./postbot run} on a built app: cold (an empty data
 * folder: no database, no embedding cache) and warm (the same folder again), each to ready
 * (/health/ready UP), to a first conversation and to the bot's first answer; memory after it, and
 * where the time went (milestones from the log).
 */
public final class StartupSection implements Section {

  static final int WARM_STARTS = 2;

  @Override
  public String name() {
    return "startup";
  }

  @Override
  public boolean startsServer() {
    return true;
  }

  @Override
  public JsonObject run(Run run) throws Exception {
    Path folder = run.work().resolve(name());
    BenchServer.deleteTree(folder);
    Path data = folder.resolve("data");
    JsonArrayBuilder starts = Json.createArrayBuilder();
    int warm = run.quick() ? 1 : WARM_STARTS;
    for (int n = 0; n <= warm; n++) {
      String kind = n == 0 ? "cold" : "warm";
      run.progress().section("startup, " + kind + " start " + (n == 0 ? "" : n + " "));
      starts.add(start(run, data, folder.resolve("server-" + n + ".log"), kind));
    }
    return Json.createObjectBuilder().add("starts", starts).build();
  }

  private JsonObject start(Run run, Path data, Path log, String kind) throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    long launchedAt = System.currentTimeMillis();
    // the operator's defaults: the embedding cache lives in the data folder
    Map<String, String> settings = Map.of();
    try (PostbotServer server =
        PostbotServer.start(run.repository(), run.port(), data, log, settings)) {
      run.progress().note("./postbot run, waiting for /health/ready");
      double ready = server.awaitReady(Duration.ofMinutes(10));
      CustomerClient client = new CustomerClient(server.base(), executor);
      Conversation conversation = client.start("en").join();
      double firstConversation = server.secondsSinceStart();
      client.send(conversation, "where is my parcel?").join();
      double firstAnswer = server.secondsSinceStart();
      double rss = JvmMemory.residentMiB(server.pid());
      double heap = JvmMemory.liveHeapMiB(server.pid());
      run.progress().note(String.format("ready %.1f s, first answer %.1f s", ready, firstAnswer));
      return Json.createObjectBuilder()
          .add("kind", kind)
          .add("ready_s", round(ready))
          .add("first_conversation_s", round(firstConversation))
          .add("first_answer_s", round(firstAnswer))
          .add("rss_mib", Math.round(rss))
          .add("heap_mib", Math.round(heap))
          .add("timeline", StartupLog.timeline(Files.readString(log), launchedAt))
          .build();
    } finally {
      executor.shutdownNow();
    }
  }

  private static double round(double seconds) {
    return Math.round(seconds * 10) / 10.0;
  }
}
