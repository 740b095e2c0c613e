package io.postbot.bench.sections;

import io.postbot.bench.client.AgentConsole;
import io.postbot.bench.client.CustomerClient;
import io.postbot.bench.client.CustomerSocket;
import io.postbot.bench.measure.Latencies;
import io.postbot.bench.measure.Summary;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An agent writing to customers while the other sockets sit idle: each of a few customers asks for
 * a person and is taken by the agent, who then writes to them in turn. A message's delivery time
 * runs from the agent's form post leaving to the customer's socket receiving it (so it includes the
 * console's request, the commit and the push); one not received within 10 s is an error.
 */
final class AgentDelivery {

  private final CustomerClient customers;
  private final AgentConsole agent;
  private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
  private final Map<String, CountDownLatch> arrived = new ConcurrentHashMap<>();
  private final Latencies latencies = new Latencies();

  AgentDelivery(CustomerClient customers, AgentConsole agent) {
    this.customers = customers;
    this.agent = agent;
  }

  /** Puts each socket's customer in the queue and has the agent take them. */
  void handOver(List<CustomerSocket> sockets) throws IOException {
    agent.signIn(BenchServer.ADMIN, BenchServer.ADMIN_PASSWORD);
    agent.heartbeat();
    for (CustomerSocket socket : sockets) {
      socket.onMessage((message, at) -> received(message.getString("text", ""), at));
      var conversation = socket.conversation();
      String contact =
          "{\"name\":\"Kari Nordmann\",\"email\":\"kari@example.no\",\"phone\":\"91234567\"}";
      customers
          .exchange(
              customers.json(
                  "api/v1/conversations/" + conversation.id() + "/handoff", contact, conversation),
              202)
          .join();
      agent.take(conversation.id());
    }
  }

  /** The agent writes {@code messages} messages, to the customers in turn, one after another. */
  Summary measure(List<CustomerSocket> sockets, int messages)
      throws IOException, InterruptedException {
    latencies.start();
    for (int k = 0; k < messages; k++) {
      CustomerSocket socket = sockets.get(k % sockets.size());
      agent.openChat(socket.conversation().id());
      String text = "Agent reply " + k + ": let me look into that for you.";
      CountDownLatch latch = new CountDownLatch(1);
      arrived.put(text, latch);
      sentAt.put(text, System.nanoTime());
      agent.write(text);
      if (!latch.await(10, TimeUnit.SECONDS)) {
        latencies.error();
      }
    }
    latencies.stop();
    return latencies.summary();
  }

  private void received(String text, long at) {
    Long sent = sentAt.remove(text);
    CountDownLatch latch = arrived.remove(text);
    if (sent != null && latch != null) {
      latencies.record(at - sent);
      latch.countDown();
    }
  }
}
