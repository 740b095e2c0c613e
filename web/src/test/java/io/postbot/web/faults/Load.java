package io.postbot.web.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Customers writing at once, one thread each, over loopback: each sends its next question as soon
 * as the last one was answered (after a short pause when it was refused), until stopped or until it
 * has sent {@code maxEach}. Every outcome goes to the ledger.
 */
final class Load {

  private final List<Customer> customers;
  private final Ledger ledger;
  private final int maxEach;
  private final IntFunction<String> question;
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;

  Load(List<Customer> customers, Ledger ledger, int maxEach, IntFunction<String> question) {
    this.customers = customers;
    this.ledger = ledger;
    this.maxEach = maxEach;
    this.question = question;
  }

  Load start() {
    running = true;
    for (Customer customer : customers) {
      Thread thread = Thread.ofPlatform().name("load-" + customer.id).start(() -> drive(customer));
      threads.add(thread);
    }
    return this;
  }

  /** Stops sending and waits for the requests under way. */
  void stop() throws InterruptedException {
    running = false;
    for (Thread thread : threads) {
      thread.join();
    }
  }

  private void drive(Customer customer) {
    for (int n = 0; running && n < maxEach; n++) {
      String text = question.apply(n) + " (ref " + customer.id.substring(0, 8) + "-" + n + ")";
      Customer.Outcome outcome = customer.send(text);
      ledger.record(customer, outcome);
      pause(outcome.acknowledged() ? Duration.ofMillis(50) : Duration.ofMillis(250));
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
