package io.postbot.web.faults;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the load sent and what the server answered, per conversation; after the fault, {@link
 * #check()} reads every conversation back and counts what became of each acknowledged message.
 */
final class Ledger {

  private final Map<Customer, List<Customer.Outcome>> sent = new ConcurrentHashMap<>();

  void record(Customer customer, Customer.Outcome outcome) {
    sent.computeIfAbsent(customer, c -> new CopyOnWriteArrayList<>()).add(outcome);
  }

  List<Customer.Outcome> outcomes() {
    return sent.values().stream().flatMap(List::stream).toList();
  }

  long acknowledged() {
    return outcomes().stream().filter(Customer.Outcome::acknowledged).count();
  }

  /** 5xx other than a 503 problem with Retry-After: the server failed instead of explaining. */
  long serverErrors() {
    return outcomes().stream().filter(Customer.Outcome::serverError).count();
  }

  /** The 5xx answers that did not explain themselves, status and body, for a failure's message. */
  List<String> serverErrorOutcomes() {
    return outcomes().stream()
        .filter(Customer.Outcome::serverError)
        .map(o -> o.status() + " " + o.body())
        .toList();
  }

  long unavailable() {
    return outcomes().stream().filter(o -> o.status() == 503 && !o.serverError()).count();
  }

  /** No answer within the limit: the request hung. */
  long hung() {
    return outcomes().stream().filter(o -> o.status() == Customer.HUNG).count();
  }

  /** No answer at all: the connection was refused or cut (the server was down). */
  long refused() {
    return outcomes().stream().filter(o -> o.status() == Customer.REFUSED).count();
  }

  /** The given percentile (0.99 for p99) of how long the outcomes took to answer. */
  static Duration percentile(List<Customer.Outcome> outcomes, double share) {
    List<Duration> sorted = outcomes.stream().map(Customer.Outcome::took).sorted().toList();
    if (sorted.isEmpty()) {
      return Duration.ZERO;
    }
    int index = (int) Math.ceil(share * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  Duration slowest() {
    return outcomes().stream()
        .map(Customer.Outcome::took)
        .max(Comparator.naturalOrder())
        .orElse(Duration.ZERO);
  }

  /** Reads every conversation back and matches its customer messages to what was acknowledged. */
  Check check() throws IOException, InterruptedException {
    long found = 0;
    long lost = 0;
    long duplicated = 0;
    long gaps = 0;
    for (var entry : sent.entrySet()) {
      List<JsonObject> stored = entry.getKey().messages();
      List<String> customerTexts = new ArrayList<>(); // and the agents'

      int expected = 1;
      for (JsonObject message : stored) {
        if (message.getInt("id") != expected) {
          gaps++;
        }
        expected = message.getInt("id") + 1;
        String author = message.getString("author");
        if ("customer".equals(author) || "agent".equals(author)) {
          customerTexts.add(message.getString("text"));
        }
      }
      for (Customer.Outcome outcome : entry.getValue()) {
        long copies = customerTexts.stream().filter(outcome.text()::equals).count();
        if (copies > 1) {
          duplicated++;
        }
        if (outcome.acknowledged()) {
          if (copies == 0) {
            lost++;
          } else {
            found++;
          }
        }
      }
    }
    return new Check(acknowledged(), found, lost, duplicated, gaps);
  }

  /** Acknowledged messages, and of those: found after the fault, lost; copies; sequence gaps. */
  record Check(long acknowledged, long found, long lost, long duplicated, long gaps) {}
}
