// The data grid's side of the comparison in docs/operations.md (Cluster): how long a message takes
// from ITopic.publish on one Hazelcast member to a listener on another, two members joined by an
// explicit TCP/IP member list on loopback (no multicast, no auto-detection), as Payara's data grid
// would carry a clustered event. Same shape as NotifyLatencyBenchmark: one at a time, then bursts
// from 4 senders. Run by bin/bench-notify.
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

public class HazelcastTopicLatency {

  static final Map<String, Long> sentAt = new ConcurrentHashMap<>();
  static final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
  static volatile CountDownLatch arrived;

  public static void main(String[] args) throws Exception {
    int singles = Integer.parseInt(args.length > 0 ? args[0] : "2000");
    int each = Integer.parseInt(args.length > 1 ? args[1] : "5000");
    int p1 = freePort(), p2 = freePort();
    HazelcastInstance a = member(p1, p1, p2);
    HazelcastInstance b = member(p2, p1, p2);
    try {
      while (a.getCluster().getMembers().size() < 2) {
        Thread.sleep(100);
      }
      ITopic<String> sending = a.getTopic("postbot_live");
      b.<String>getTopic("postbot_live").addMessageListener(m -> {
        Long at = sentAt.remove(m.getMessageObject());
        if (at != null) {
          latencies.add(System.nanoTime() - at);
          arrived.countDown();
        }
      });
      Thread.sleep(500);
      for (int i = 0; i < singles; i++) {
        arrived = new CountDownLatch(1);
        send(sending);
        arrived.await(5, TimeUnit.SECONDS);
      }
      report("one at a time", singles);
      latencies.clear();
      int senders = 4;
      arrived = new CountDownLatch(senders * each);
      long begin = System.nanoTime();
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < senders; t++) {
        threads.add(Thread.ofPlatform().start(() -> {
          for (int i = 0; i < each; i++) {
            send(sending);
          }
        }));
      }
      for (Thread t : threads) {
        t.join();
      }
      boolean all = arrived.await(60, TimeUnit.SECONDS);
      double seconds = (System.nanoTime() - begin) / 1e9;
      report("burst of " + senders + " senders", senders * each);
      System.out.printf("hazelcast burst: %,d messages in %.2f s = %,.0f/s delivered, all arrived: %s%n",
          senders * each, seconds, senders * each / seconds, all);
    } finally {
      b.shutdown();
      a.shutdown();
    }
  }

  static void send(ITopic<String> topic) {
    String payload = "1 5e4de2000001 message " + UUID.randomUUID();
    sentAt.put(payload, System.nanoTime());
    topic.publish(payload);
  }

  static HazelcastInstance member(int port, int... members) {
    Config config = new Config();
    config.setClusterName("postbot-bench");
    config.setProperty("hazelcast.logging.type", "none");
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    for (int m : members) {
      join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + m);
    }
    return Hazelcast.newHazelcastInstance(config);
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  static void report(String what, int sent) {
    List<Long> sorted;
    synchronized (latencies) {
      sorted = new ArrayList<>(latencies);
    }
    Collections.sort(sorted);
    System.out.printf(
        "hazelcast %s: %,d sent, %,d delivered; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        what, sent, sorted.size(), q(sorted, 0.50), q(sorted, 0.95), q(sorted, 0.99),
        sorted.isEmpty() ? 0 : sorted.getLast() / 1e6);
  }

  static double q(List<Long> sorted, double quantile) {
    return sorted.isEmpty() ? 0
        : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
  }
}
