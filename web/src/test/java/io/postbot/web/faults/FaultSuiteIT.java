package io.postbot.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults injected into real processes: the application started as ./postbot run starts it, on a
 * PostgreSQL cluster of the suite's own, with the carrier's API behind a local stub; customers are
 * threads of this process over loopback. Each fault is bounded in count and time; the figures go to
 * docs/reliability.md. Run with ./postbot faults.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName(
    "Nothing acknowledged is lost: racing writers, a slow carrier, a database outage, SIGKILL")
class FaultSuiteIT {

  private static final List<String> QUESTIONS =
      List.of(
          "How much does it cost to send a parcel to Sweden?",
          "How do I change my address when I move?",
          "What is Digipost?",
          "When is the pickup point open?",
          "Can I send a letter abroad?");

  private final Path directory = Path.of("target", "faults");
  private final Figures figures = new Figures();
  private OwnPostgres database;
  private TrackingStub carrier;
  private PostbotProcess app;

  @BeforeAll
  void start() throws Exception {
    Files.createDirectories(directory);
    database = OwnPostgres.create();
    carrier = new TrackingStub();
    int port = FreePort.find();
    Map<String, String> settings = new TreeMap<>();
    settings.put("postbot.db.url", database.jdbcUrl());
    settings.put("postbot.db.user", "postgres");
    settings.put("postbot.db.password", "postgres");
    settings.put("postbot.db.datasource-class", "org.postgresql.ds.PGSimpleDataSource");
    settings.put("postbot.tracking.base-url", carrier.baseUrl());
    settings.put("postbot.ratelimit.messages-per-minute", "1000000");
    settings.put("postbot.ratelimit.messages-per-minute-per-address", "1000000");
    settings.put("postbot.ratelimit.conversations-per-hour-per-address", "1000000");
    settings.put("postbot.ratelimit.requests-per-minute-per-address", "1000000");
    settings.put("postbot.handoff.opening-hours", "always");
    // Plain HTTP on loopback, as ./postbot run: a Secure cookie would never come back.
    settings.put("postbot.console.secure-cookie", "false");
    settings.put("postbot.console.sign-ins-per-minute-per-address", "1000");
    settings.put("postbot.console.sign-ins-per-minute", "1000");
    settings.put("postbot.admin.username", "faults-admin");
    settings.put("postbot.admin.password", "faults-admin-secret-1");
    settings.put("postbot.smtp.host", "127.0.0.1");
    settings.put("postbot.smtp.port", String.valueOf(FreePort.find()));
    // the build's own cache (ShippedModelBuild embedded the shipped examples into it)
    settings.put("postbot.nlu.embedding-cache", "../chat-module/target/nlu-embeddings.bin");
    settings.put("postbot.nlu.model-cache", "target/nlu-models");
    app = new PostbotProcess(port, settings, directory);
    carrier.forwardTo(app.base());
    Duration took = app.start();
    figures.note(
        "First start of the application on the suite's own PostgreSQL: "
            + Figures.seconds(took)
            + ".");
  }

  @AfterAll
  void stop() throws Exception {
    try {
      figures.write(directory);
    } finally {
      try {
        if (app != null) {
          app.close();
        }
      } finally {
        if (carrier != null) {
          carrier.close();
        }
        if (database != null) {
          database.close();
        }
      }
    }
  }

  @Test
  @Order(1)
  @DisplayName("two writers on each conversation at the same instant: no 5xx, each message once")
  void racingWriters() throws Exception {
    // given conversations, each with two writers (two tabs, a double click) released together
    int conversations = 8;
    int rounds = 10;
    Ledger ledger = new Ledger();
    List<Customer> customers = customers(conversations);
    ExecutorService pool = Executors.newFixedThreadPool(conversations * 2);
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (Customer customer : customers) {
        CyclicBarrier together = new CyclicBarrier(2);
        for (int w = 0; w < 2; w++) {
          int writer = w;
          writers.add(
              pool.submit(() -> {
                for (int round = 0; round < rounds; round++) {
                  together.await();
                  String text =
                      QUESTIONS.get(round % QUESTIONS.size())
                          + " (tab "
                          + writer
                          + ", round "
                          + round
                          + ")";
                  ledger.record(customer, customer.send(text));
                }
                return null;
              }));
        }
      }
      for (Future<?> writer : writers) {
        writer.get();
      }
    } finally {
      pool.shutdownNow();
    }

    // then every message was acknowledged and is stored once, in an unbroken sequence
    Ledger.Check check = ledger.check();
    figures.add("racing writers (2 per conversation)", ledger, check, "n/a");
    assertThat(ledger.serverErrors()).isZero();
    assertThat(ledger.hung()).isZero();
    assertThat(check.acknowledged()).isEqualTo(conversations * rounds * 2L);
    assertThat(check.lost()).isZero();
    assertThat(check.duplicated()).isZero();
    assertThat(check.gaps()).isZero();
  }

  @Test
  @Order(2)
  @DisplayName(
      "a slow, then failing carrier: the bot says tracking is unavailable, nothing else slows")
  void slowAndFailingCarrier() throws Exception {
    // given the time other questions take while the carrier works
    Ledger baseline = new Ledger();
    runFor(customers(4), baseline, Duration.ofSeconds(10), this::question);

    // when the carrier answers after ten seconds, then fails outright, while others keep asking
    Ledger others = new Ledger();
    Ledger tracking = new Ledger();
    carrier.mode(TrackingStub.Mode.SLOW);
    Load asking = new Load(customers(4), others, 10_000, this::question).start();
    Load tracing = new Load(customers(4), tracking, 10_000, n -> "Where is CT797294851NO?").start();
    Thread.sleep(Duration.ofSeconds(12));
    carrier.mode(TrackingStub.Mode.FAILING);
    int callsBefore = carrier.calls();
    long askedBefore = tracking.outcomes().size();
    Thread.sleep(Duration.ofSeconds(10));
    int carrierCalls = carrier.calls() - callsBefore;
    long trackingQuestions = tracking.outcomes().size() - askedBefore;
    tracing.stop();
    asking.stop();
    carrier.mode(TrackingStub.Mode.WORKING);

    // then the bot explained, the breaker spared the carrier, and other questions did not wait
    long explained =
        tracking.outcomes().stream()
            .filter(o -> o.acknowledged() && o.body().contains("can't reach the tracking service"))
            .count();
    Duration p99Before = Ledger.percentile(baseline.outcomes(), 0.99);
    Duration p99During = Ledger.percentile(others.outcomes(), 0.99);
    figures.add(
        "tracking API slow 12 s, then failing 10 s (other questions)",
        others,
        others.check(),
        "n/a");
    figures.add(
        "tracking API slow 12 s, then failing 10 s (tracking questions)",
        tracking,
        tracking.check(),
        "n/a");
    figures.note(
        "Carrier fault: p99 of other questions "
            + Figures.seconds(p99Before)
            + " before, "
            + Figures.seconds(p99During)
            + " during; "
            + explained
            + " of "
            + tracking.outcomes().size()
            + " tracking answers said the service is unavailable; while it failed, "
            + trackingQuestions
            + " tracking questions led to "
            + carrierCalls
            + " calls to the carrier (the breaker was open for the rest).");
    assertThat(others.serverErrors() + tracking.serverErrors()).isZero();
    assertThat(explained).isPositive();
    assertThat(carrierCalls).isLessThan((int) trackingQuestions);
    // a ceiling measured in the same run: three times the p99 before, plus a second of noise
    assertThat(p99During).isLessThanOrEqualTo(p99Before.multipliedBy(3).plusSeconds(1));
  }

  @Test
  @Order(3)
  @DisplayName("PostgreSQL stopped for 20 s under load: 503 with Retry-After, ready DOWN, recovery")
  void databaseStopped() throws Exception {
    // given customers writing
    Ledger ledger = new Ledger();
    Load load = new Load(customers(6), ledger, 10_000, this::question).start();
    Thread.sleep(Duration.ofSeconds(5));

    // when the database stops for 20 seconds
    database.stop();
    Instant stopped = Instant.now();
    boolean readinessWentDown = false;
    boolean livenessStayedUp = true;
    while (Duration.between(stopped, Instant.now()).compareTo(Duration.ofSeconds(20)) < 0) {
      readinessWentDown |= app.status("health/ready") == 503;
      livenessStayedUp &= app.status("health/live") == 200;
      Thread.sleep(Duration.ofSeconds(1));
    }
    database.start();
    Instant restarted = Instant.now();
    while (!app.isReady()
        && Duration.between(restarted, Instant.now()).compareTo(Duration.ofMinutes(2)) < 0) {
      Thread.sleep(Duration.ofMillis(200));
    }
    Duration readyAgain = Duration.between(restarted, Instant.now());
    Thread.sleep(Duration.ofSeconds(10));
    load.stop();

    // then nothing acknowledged is missing, nothing hung, nothing failed without an explanation
    Duration firstAck =
        ledger.outcomes().stream()
            .filter(o -> o.acknowledged() && o.at().isAfter(restarted))
            .map(o -> Duration.between(restarted, o.at()))
            .min(Duration::compareTo)
            .orElse(Duration.ofDays(1));
    Ledger.Check check = ledger.check();
    figures.add(
        "PostgreSQL stopped 20 s under load",
        ledger,
        check,
        "ready "
            + Figures.seconds(readyAgain)
            + ", first acknowledged "
            + Figures.seconds(firstAck)
            + " after the database was back");
    figures.note(
        "Database outage: readiness DOWN during the outage: "
            + readinessWentDown
            + "; liveness UP throughout: "
            + livenessStayedUp
            + ".");
    assertThat(readinessWentDown).isTrue();
    assertThat(livenessStayedUp).isTrue();
    assertThat(ledger.unavailable()).isPositive();
    assertThat(ledger.serverErrorOutcomes())
        .as("answers that failed without an explanation")
        .isEmpty();
    assertThat(ledger.hung()).isZero();
    assertThat(app.isReady()).isTrue();
    assertThat(check.lost()).isZero();
    assertThat(check.duplicated()).isZero();
    assertThat(check.gaps()).isZero();
  }

  @Test
  @Order(4)
  @DisplayName("SIGKILL under load: after the restart every acknowledged message is there once")
  void killedUnderLoad() throws Exception {
    // given customers writing, two of them to an agent who writes back
    Ledger ledger = new Ledger();
    List<Customer> customers = customers(6);
    Agent agent = new Agent(app.base());
    agent.signIn();
    List<Customer> withAgent = customers.subList(0, 2);
    for (Customer customer : withAgent) {
      agent.take(customer);
    }
    java.util.concurrent.atomic.AtomicBoolean agentWrites =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    Thread agentThread = Agent.writing(agent, withAgent, ledger, agentWrites::get);
    Load load = new Load(customers, ledger, 10_000, this::question).start();
    Thread.sleep(Duration.ofSeconds(8));

    // when the server is killed and started again, while the customers keep trying
    app.kill();
    Instant killed = Instant.now();
    Duration restart = app.start();
    Instant back = Instant.now();
    Thread.sleep(Duration.ofSeconds(5));
    load.stop();
    agentWrites.set(false);
    agentThread.join();

    // then every acknowledged message is stored exactly once, the sequence has no gap
    Duration firstAck =
        ledger.outcomes().stream()
            .filter(o -> o.acknowledged() && o.at().isAfter(killed))
            .map(o -> Duration.between(killed, o.at()))
            .min(Duration::compareTo)
            .orElse(Duration.ofDays(1));
    Ledger.Check check = ledger.check();
    long agentAcknowledged =
        ledger.outcomes().stream()
            .filter(o -> o.acknowledged() && o.text().startsWith("Agent answer"))
            .count();
    figures.note(
        "SIGKILL: "
            + agentAcknowledged
            + " of the acknowledged messages were an agent's, written"
            + " through the console to two customers handed over before the kill.");
    figures.add(
        "SIGKILL under load (customers and an agent), then restart",
        ledger,
        check,
        "restart "
            + Figures.seconds(restart)
            + ", first acknowledged "
            + Figures.seconds(firstAck)
            + " after the kill");
    // while the new server deploys, its listener may answer before the application does; once it
    // is ready, nothing fails
    long failedWhenReady =
        ledger.outcomes().stream().filter(o -> o.at().isAfter(back) && o.serverError()).count();
    assertThat(failedWhenReady).isZero();
    assertThat(check.acknowledged()).isPositive();
    assertThat(agentAcknowledged).isPositive();
    assertThat(check.lost()).isZero();
    assertThat(check.duplicated()).isZero();
    assertThat(check.gaps()).isZero();
  }

  private String question(int n) {
    return QUESTIONS.get(n % QUESTIONS.size());
  }

  private List<Customer> customers(int count) throws Exception {
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      customers.add(Customer.start(app.base()));
    }
    return customers;
  }

  private static void runFor(
      List<Customer> customers,
      Ledger ledger,
      Duration duration,
      java.util.function.IntFunction<String> question)
      throws InterruptedException {
    Load load = new Load(customers, ledger, 10_000, question).start();
    Thread.sleep(duration);
    load.stop();
  }
}
