package io.postbot.web.faults;

import io.postbot.web.testing.ConsoleClient;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An agent in the console, without a browser: signs in, takes customers who asked for a person, and
 * writes to them through the chat page's form, as the console's Send button does. After a server
 * restart the session is gone; the agent signs in again, as a person would.
 */
final class Agent {

  static final String USERNAME = "faults-admin";
  static final String PASSWORD = "faults-admin-secret-1";

  private final URI base;
  private ConsoleClient console;

  Agent(URI base) {
    this.base = base;
  }

  void signIn() throws MalformedURLException {
    console = new ConsoleClient(base.toURL());
    if (!console.login(USERNAME, PASSWORD)) {
      throw new IllegalStateException("the console refused the agent");
    }
  }

  /** The customer asks for a person, leaving contact details, and this agent takes the chat. */
  void take(Customer customer) throws IOException, InterruptedException {
    HttpResponse<String> queued =
        PostbotProcess.Client.HTTP.send(
            HttpRequest.newBuilder(base.resolve("api/v1/conversations/" + customer.id + "/handoff"))
                .timeout(Customer.LIMIT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + customer.token)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Kari Nordmann\",\"email\":\"kari@example.no\","
                            + "\"phone\":\"912 34 567\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (queued.statusCode() != 202) {
      throw new IOException("handoff: " + queued.statusCode() + " " + queued.body());
    }
    HttpResponse<String> taken = console.post("api/agent/v1/chats/" + customer.id + "/take");
    if (taken.statusCode() != 204) {
      throw new IOException("take: " + taken.statusCode() + " " + taken.body());
    }
  }

  /**
   * Writes to the customer from the chat page. Acknowledged when the console answered the post with
   * its redirect or the page showing the message; anything else (the server down, the session lost)
   * is not acknowledged, and the agent signs in again before the next message.
   */
  Customer.Outcome write(Customer customer, String text) {
    long begin = System.nanoTime();
    int status;
    try {
      if (console == null) {
        signIn();
      }
      console.open("console/chat.xhtml?c=" + customer.id);
      HttpResponse<String> sent = console.submit("compose", Map.of("text", text, "send", "submit"));
      boolean shown = sent.statusCode() == 200 && sent.body().contains(text);
      status = sent.statusCode() == 302 || shown ? 200 : sent.statusCode();
      if (status != 200) {
        console = null;
      }
    } catch (RuntimeException | IOException e) {
      console = null;
      status = Customer.REFUSED;
    }
    return new Customer.Outcome(
        text, status, false, false, Duration.ofNanos(System.nanoTime() - begin), "", Instant.now());
  }

  /** Writes to these customers in turn until stopped; every outcome goes to the ledger. */
  static Thread writing(
      Agent agent,
      List<Customer> customers,
      Ledger ledger,
      java.util.function.BooleanSupplier running) {
    return Thread.ofPlatform()
        .name("agent")
        .start(() -> {
          for (int n = 0; running.getAsBoolean(); n++) {
            Customer customer = customers.get(n % customers.size());
            Customer.Outcome outcome =
                agent.write(customer, "Agent answer " + n + " to " + customer.id.substring(0, 8));
            ledger.record(customer, outcome);
            try {
              Thread.sleep(outcome.acknowledged() ? 100 : 500);
            } catch (InterruptedException e) {
              return;
            }
          }
        });
  }
}
