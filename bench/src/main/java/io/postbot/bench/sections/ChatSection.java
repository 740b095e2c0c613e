package io.postbot.bench.sections;

import io.postbot.bench.client.CustomerClient;
import io.postbot.bench.load.ClosedLoop;
import io.postbot.bench.load.LoadCustomer;
import io.postbot.bench.load.PacedLoop;
import io.postbot.bench.measure.Summary;
import io.postbot.bench.server.PostbotServer;
import io.postbot.bench.server.ProcessCpu;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * The bot's message round trip (POST a message, read the replies) at 10, 100 and 1,000 concurrent
 * conversations, each writing one message at a time, beside the same customers calling a trivial
 * endpoint of the same server (the framework's ceiling); then 10 customers each writing one message
 * a second, the latency target's load. The model's ceiling is the nlu section's.
 */
public final class ChatSection implements Section {

  static final int[] LEVELS = {10, 100, 1000};
  static final int PACED_CUSTOMERS = 10;
  static final Duration PACED_INTERVAL = Duration.ofSeconds(1);

  @Override
  public String name() {
    return "chat";
  }

  @Override
  public boolean startsServer() {
    return true;
  }

  @Override
  public JsonObject run(Run run) throws Exception {
    Duration warmUp = run.phase(Duration.ofSeconds(15));
    Duration measured = run.phase(Duration.ofSeconds(30));
    ExecutorService executor = Executors.newFixedThreadPool(2);
    try (PostbotServer server = BenchServer.start(run, name())) {
      JsonObject afterStart = BenchServer.memory(server).build();
      CustomerClient client = new CustomerClient(server.base(), executor);
      JsonArrayBuilder levels = Json.createArrayBuilder();
      for (int conversations : LEVELS) {
        run.progress().section("chat, trivial endpoint, " + conversations + " customers");
        Summary trivial =
            closed(conversations, n -> new TrivialCustomer(client), server, warmUp, measured, run);
        run.progress().section("chat, bot, " + conversations + " conversations");
        Summary bot =
            closed(
                conversations,
                n -> new ChatCustomer(client, run.sentences(), n),
                server,
                warmUp,
                measured,
                run);
        levels.add(
            Json.createObjectBuilder()
                .add("conversations", conversations)
                .add("bot", bot.toJson())
                .add("trivial", trivial.toJson()));
      }
      run.progress().section(PACED_CUSTOMERS + " conversations, one message a second each");
      List<LoadCustomer> paced = new ArrayList<>();
      for (int n = 0; n < PACED_CUSTOMERS; n++) {
        paced.add(new ChatCustomer(client, run.sentences(), n));
      }
      Summary pacedSummary =
          new PacedLoop(paced, PACED_INTERVAL, ProcessCpu.of(server.pid()))
              .run(
                  run.phase(Duration.ofSeconds(10)),
                  run.phase(Duration.ofSeconds(60)),
                  run.progress());
      return Json.createObjectBuilder()
          .add("levels", levels)
          .add(
              "paced",
              Json.createObjectBuilder()
                  .add("conversations", PACED_CUSTOMERS)
                  .add("interval_ms", PACED_INTERVAL.toMillis())
                  .add("bot", pacedSummary.toJson()))
          .add("memory_after_start", afterStart)
          .add("memory_after_load", BenchServer.memory(server))
          .add("messages_per_conversation", ChatCustomer.MESSAGES_PER_CONVERSATION)
          .build();
    } finally {
      executor.shutdownNow();
    }
  }

  private static Summary closed(
      int customers,
      IntFunction<LoadCustomer> customer,
      PostbotServer server,
      Duration warmUp,
      Duration measured,
      Run run)
      throws InterruptedException {
    List<LoadCustomer> all = new ArrayList<>();
    for (int n = 0; n < customers; n++) {
      all.add(customer.apply(n));
    }
    return new ClosedLoop(all, ProcessCpu.of(server.pid())).run(warmUp, measured, run.progress());
  }
}
