package io.postbot.bench.sections;

import io.postbot.bench.client.AgentConsole;
import io.postbot.bench.client.Conversation;
import io.postbot.bench.client.CustomerClient;
import io.postbot.bench.client.CustomerSocket;
import io.postbot.bench.client.WidgetOpening;
import io.postbot.bench.measure.Latencies;
import io.postbot.bench.measure.Summary;
import io.postbot.bench.server.PostbotServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Idle chat connections: starts N conversations, opens their widget sockets in four steps (heap
 * after a full collection and RSS after each step, so memory per connection is a slope), then
 * measures an agent's messages reaching customers while all N are held.
 */
public final class SocketSection implements Section {

  static final int TARGET = 10_000;
  static final int AGENT_CHATS = 4;
  static final int AGENT_MESSAGES = 200;
  static final int STEPS = 4;

  /** Tries a socket gets, as the widget reconnects after a close before ready (2 s, then 4 s). */
  static final int ATTEMPTS = 3;

  @Override
  public String name() {
    return "sockets";
  }

  @Override
  public boolean startsServer() {
    return true;
  }

  @Override
  public JsonObject run(Run run) throws Exception {
    int target = run.count(TARGET);
    ExecutorService executor = Executors.newFixedThreadPool(2);
    List<HttpClient> socketClients = new ArrayList<>();
    List<CustomerSocket> open = new ArrayList<>();
    try (PostbotServer server = BenchServer.start(run, name())) {
      JsonObject afterStart = BenchServer.memory(server).build();
      CustomerClient client = new CustomerClient(server.base(), executor);
      run.progress().section("sockets, " + target + " idle chat connections");
      run.progress().note("starting " + target + " conversations");
      List<Conversation> conversations =
          Bounded.all(target, 32, n -> client.start(run.sentences().language(n)));
      long failedStarts = conversations.stream().filter(Objects::isNull).count();
      for (int c = 0; c < 4; c++) {
        socketClients.add(new CustomerClient(server.base(), executor).http());
      }
      JsonArrayBuilder steps = Json.createArrayBuilder();
      steps.add(BenchServer.memory(server).add("connections", 0));
      int openErrors = 0;
      int reopened = 0;
      Map<String, Integer> openFailures = new ConcurrentSkipListMap<>();
      List<WidgetOpening> openings = new ArrayList<>();
      for (HttpClient http : socketClients) {
        openings.add(
            new WidgetOpening(
                http,
                server.base(),
                ATTEMPTS,
                failure -> openFailures.merge(reason(failure), 1, Integer::sum)));
      }
      Latencies toReady = new Latencies();
      toReady.start();
      List<Conversation> started = conversations.stream().filter(Objects::nonNull).toList();
      for (int step = 1; step <= STEPS; step++) {
        List<Conversation> batch =
            started.subList(started.size() * (step - 1) / STEPS, started.size() * step / STEPS);
        run.progress()
            .note("opening sockets " + (open.size() + 1) + "-" + (open.size() + batch.size()));
        List<WidgetOpening.Opened> opened =
            Bounded.all(
                batch.size(), 64, i -> openings.get(i % openings.size()).open(batch.get(i)));
        for (WidgetOpening.Opened o : opened) {
          if (o == null) {
            openErrors++;
            continue;
          }
          open.add(o.socket());
          toReady.record(o.nanosToReady());
          reopened += o.attempts() > 1 ? 1 : 0;
        }
        steps.add(BenchServer.memory(server).add("connections", open.size()));
      }
      run.progress()
          .note("an agent writes to customers while " + open.size() + " sockets are held");
      AgentDelivery delivery = new AgentDelivery(client, new AgentConsole(server.base()));
      List<CustomerSocket> handedOver = open.subList(0, Math.min(AGENT_CHATS, open.size()));
      delivery.handOver(handedOver);
      Summary delivered = delivery.measure(handedOver, run.count(AGENT_MESSAGES));
      long held = open.stream().filter(CustomerSocket::isOpen).count();
      return Json.createObjectBuilder()
          .add("target", target)
          .add("failed_starts", failedStarts)
          .add("open_errors", openErrors)
          .add("reopened", reopened)
          .add("attempts", ATTEMPTS)
          .add("to_ready", toReady.summary().toJson())
          .add(
              "open_failures",
              Json.createObjectBuilder(new java.util.TreeMap<String, Object>(openFailures)))
          .add("held_at_end", held)
          .add("steps", steps)
          .add("agent_chats", handedOver.size())
          .add("delivery", delivered.toJson())
          .add("memory_after_start", afterStart)
          .add("memory_after_load", BenchServer.memory(server))
          .build();
    } finally {
      open.forEach(CustomerSocket::close);
      socketClients.forEach(HttpClient::close);
      executor.shutdownNow();
    }
  }

  /**
   * Why an attempt to open a socket failed, as a short text with no conversation in it: its kind
   * and cause.
   */
  static String reason(Throwable failure) {
    Throwable cause =
        failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    String message =
        String.valueOf(cause.getMessage()).replaceAll("[0-9a-f]{8}-[0-9a-f-]{27,}", "<id>");
    return cause.getClass().getSimpleName()
        + ": "
        + (message.length() > 120 ? message.substring(0, 120) : message);
  }
}
