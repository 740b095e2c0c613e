package io.postbot.web.cluster;

import io.postbot.shared.ConversationId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not a test (runs only with -Dbench=true): how long a live signal takes from pg_notify
 * on one connection to its delivery by the listen loop on another, the way two servers use them, on
 * the PostgreSQL at 127.0.0.1:5432 (database test, or -Dbench.url). One signal at a time, then
 * bursts from several senders. Prints p50/p95/p99/max and the burst throughput.
 *
 * <pre>
 * bin/bench-notify   (mvn -pl web -am test -Dtest=NotifyLatencyBenchmark -Dbench=true ...)
 * </pre>
 */
class NotifyLatencyBenchmark {

  static final String URL =
      System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String SENDER = "5e4de2000001";
  static final String RECEIVER = "2ece17e20001";

  final Map<ConversationId, Long> sentAt = new ConcurrentHashMap<>();
  final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
  volatile CountDownLatch arrived;

  @Test
  @EnabledIfSystemProperty(named = "bench", matches = "true")
  void notifyToDelivery() throws Exception {
    ListenLoop loop =
        new ListenLoop(
            () -> PgListening.open(URL, "postgres", "postgres"),
            RECEIVER,
            this::delivered,
            Thread::sleep);
    Thread listener = Thread.ofPlatform().name("listener").start(loop);
    try (Connection sender = DriverManager.getConnection(URL, "postgres", "postgres")) {
      Thread.sleep(1000); // connected and listening
      int singles = Integer.getInteger("bench.singles", 2000);
      for (int i = 0; i < singles; i++) {
        arrived = new CountDownLatch(1);
        send(sender);
        arrived.await(5, TimeUnit.SECONDS);
      }
      report("one at a time", singles);

      latencies.clear();
      int senders = 4;
      int each = Integer.getInteger("bench.burst", 5000);
      arrived = new CountDownLatch(senders * each);
      long begin = System.nanoTime();
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < senders; t++) {
        threads.add(
            Thread.ofPlatform()
                .start(() -> {
                  try (Connection own = DriverManager.getConnection(URL, "postgres", "postgres")) {
                    for (int i = 0; i < each; i++) {
                      send(own);
                    }
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                }));
      }
      for (Thread t : threads) {
        t.join();
      }
      boolean all = arrived.await(60, TimeUnit.SECONDS);
      double seconds = (System.nanoTime() - begin) / 1e9;
      report("burst of " + senders + " senders", senders * each);
      System.out.printf(
          "notify burst: %,d signals in %.2f s = %,.0f/s delivered, all arrived: %s%n",
          senders * each, seconds, senders * each / seconds, all);
    } finally {
      loop.stop();
      listener.join(5000);
    }
  }

  private void send(Connection connection) throws Exception {
    ConversationId id = ConversationId.newId();
    sentAt.put(id, System.nanoTime());
    try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
      notify.setString(1, PgListening.CHANNEL);
      notify.setString(2, SignalCodec.encode(SENDER, new LiveSignal.MessagesAdded(id)));
      notify.execute();
    }
  }

  private void delivered(LiveSignal signal) {
    if (signal instanceof LiveSignal.MessagesAdded added) {
      Long at = sentAt.remove(added.conversation());
      if (at != null) {
        latencies.add(System.nanoTime() - at);
        arrived.countDown();
      }
    }
  }

  private void report(String what, int sent) {
    List<Long> sorted;
    synchronized (latencies) {
      sorted = new ArrayList<>(latencies);
    }
    Collections.sort(sorted);
    System.out.printf(
        "notify %s: %,d sent, %,d delivered; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        what,
        sent,
        sorted.size(),
        at(sorted, 0.50),
        at(sorted, 0.95),
        at(sorted, 0.99),
        sorted.isEmpty() ? 0 : sorted.getLast() / 1e6);
  }

  private static double at(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1))
        / 1e6;
  }
}
