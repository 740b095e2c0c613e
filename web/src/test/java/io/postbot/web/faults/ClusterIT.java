package io.postbot.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.web.testing.ConsoleClient;
import io.postbot.web.testing.ConsolePushListener;
import io.postbot.web.testing.Frames;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances on one PostgreSQL behind nginx, started as ./postbot cluster starts them: a
 * customer on instance A and an agent on instance B hear each other at once (messages, typing, the
 * agent joining, the queue); then A is killed with SIGKILL mid-chat and the customer carries on
 * through nginx on B; then, A started again, B is killed and the agent signs in again through nginx
 * and carries on with the same chat; no message is lost or repeated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("A cluster of two: live across instances, and a SIGKILL loses nothing")
class ClusterIT {

  /** How long a push from the other instance may take before the test calls it lost. */
  static final Duration PATIENCE = Duration.ofSeconds(15);

  private final Path directory = Path.of("target", "cluster");
  private OwnPostgres database;
  private PostbotProcess a;
  private PostbotProcess b;
  private Nginx nginx;

  private Customer customer;
  private Frames socket;
  private ConsoleClient agent;
  private ConsolePushListener agentHears;

  /** Every message id the customer's widget received, over all its connections, in order. */
  private final List<Integer> received = new ArrayList<>();

  /** Their texts, in the same order. */
  private final List<String> receivedTexts = new ArrayList<>();

  private final List<String> sentByCustomer = new ArrayList<>();
  private final List<String> sentByAgent = new ArrayList<>();

  @BeforeAll
  void start() throws Exception {
    // a fresh folder: Payara Micro would redeploy an application it remembers in an old one
    if (Files.exists(directory)) {
      try (var old = Files.walk(directory)) {
        old.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
    Files.createDirectories(directory);
    database = OwnPostgres.create();
    Map<String, String> settings = new TreeMap<>();
    settings.put("postbot.db.url", database.jdbcUrl());
    settings.put("postbot.db.user", "postgres");
    settings.put("postbot.db.password", "postgres");
    settings.put("postbot.db.datasource-class", "org.postgresql.ds.PGSimpleDataSource");
    settings.put("postbot.tracking.base-url", "http://127.0.0.1:" + FreePort.find() + "/");
    settings.put("postbot.http.trusted-proxies", "127.0.0.1");
    settings.put("postbot.handoff.opening-hours", "always");
    settings.put("postbot.console.secure-cookie", "false");
    settings.put("postbot.console.sign-ins-per-minute-per-address", "1000");
    settings.put("postbot.console.sign-ins-per-minute", "1000");
    settings.put("postbot.admin.username", Agent.USERNAME);
    settings.put("postbot.admin.password", Agent.PASSWORD);
    settings.put("postbot.smtp.host", "127.0.0.1");
    settings.put("postbot.smtp.port", String.valueOf(FreePort.find()));
    // the build's own cache (ShippedModelBuild embedded the shipped examples into it)
    settings.put("postbot.nlu.embedding-cache", "../chat-module/target/nlu-embeddings.bin");
    a = new PostbotProcess(FreePort.find(), settings, directory.resolve("a"));
    b = new PostbotProcess(FreePort.find(), settings, directory.resolve("b"));
    // one after the other, as an operator would: the first migrates and trains, the second reads
    a.start();
    b.start();
    nginx = Nginx.start(directory, List.of(a.base().getPort(), b.base().getPort()));
  }

  @AfterAll
  void stop() throws Exception {
    try {
      if (socket != null) {
        socket.close();
      }
      if (nginx != null) {
        nginx.close();
      }
    } finally {
      try {
        if (a != null) {
          a.close();
        }
        if (b != null) {
          b.close();
        }
      } finally {
        if (database != null) {
          database.close();
        }
      }
    }
  }

  @Test
  @Order(1)
  @DisplayName("a customer on A and an agent on B: queue, joined, typing and messages both ways")
  void liveAcrossInstances() throws Exception {
    // given a customer whose widget is connected to A, and an agent signed in on B
    customer = Customer.start(a.base());
    socket = connect(a.base(), 0);
    agent = new ConsoleClient(b.base().toURL());
    assertThat(agent.login(Agent.USERNAME, Agent.PASSWORD)).isTrue();
    agentHears = agent.push();

    // when the customer asks for a person on A, B's console hears the queue move
    HttpResponse<String> queued =
        post(
            a.base(),
            "handoff",
            "{\"name\":\"Kari Nordmann\",\"email\":\"kari@example.no\",\"phone\":\"912 34 567\"}");
    assertThat(queued.statusCode()).isEqualTo(202);
    assertThat(heard(agentHears, "queue")).isTrue();
    JsonObject standing = until(f -> "queue".equals(f.getString("type")));
    assertThat(standing.getInt("position")).isEqualTo(1);
    // and both instances tell the same place and estimate, computed from the database
    JsonObject onA = Customer.json(get(a.base(), "handoff").body());
    JsonObject onB = Customer.json(get(b.base(), "handoff").body());
    assertThat(onB.get("position")).isEqualTo(onA.get("position"));
    assertThat(onB.get("estimateSeconds")).isEqualTo(onA.get("estimateSeconds"));
    assertThat(onB.getInt("agentsOnline")).isEqualTo(1);

    // when the agent takes the chat on B, the widget on A shows them joining
    assertThat(agent.post("api/agent/v1/chats/" + customer.id + "/take").statusCode())
        .isEqualTo(204);
    JsonObject joined = until(f -> "agent".equals(f.getString("type")));
    assertThat(joined.getString("event")).isEqualTo("joined");

    // when the agent types on B, the widget on A shows it with the agent's name
    agent.open("console/chat.xhtml?c=" + customer.id);
    agent.keyup("compose", "compose:text", "Let me");
    JsonObject typing =
        until(f -> "typing".equals(f.getString("type")) && "agent".equals(f.getString("author")));
    assertThat(typing.getString("name")).isNotBlank();

    // when the agent writes on B, the widget on A receives it at once
    agentWrites("Hello Kari, this is customer service on B.");

    // when the customer types and writes on A, the agent's console on B hears both
    drain(agentHears);
    assertThat(post(a.base(), "handoff/typing", "{}").statusCode()).isEqualTo(204);
    assertThat(heard(agentHears, "chat")).isTrue();
    assertThat(agent.open("console/chat.xhtml?c=" + customer.id).body())
        .contains("class=\"typing\"");
    drain(agentHears);
    customerWrites(customer, "Thank you, my parcel has not arrived.");
    assertThat(heard(agentHears, "chat")).isTrue();
    assertThat(agent.open("console/chat.xhtml?c=" + customer.id).body())
        .contains("Thank you, my parcel has not arrived.");
  }

  @Test
  @Order(2)
  @DisplayName("A killed mid-chat: the customer resumes through nginx on B, nothing lost")
  void instanceKilled() throws Exception {
    // when A (the customer's instance) dies without a goodbye while the agent writes
    a.kill();
    agent.open("console/chat.xhtml?c=" + customer.id);
    assertThat(send("While A is down, your parcel is on its way.")).isTrue();

    // then the widget reconnects through nginx, resumes from its last message and misses nothing
    socket.close();
    socket = connect(nginx.base(), received.getLast());
    assertThat(receivedTexts).contains("While A is down, your parcel is on its way.");
    Customer throughNginx = customer.at(nginx.base());
    agentWrites("It arrives tomorrow.");
    customerWrites(throughNginx, "Great, thanks!");
    agentWrites("You are welcome.");

    // then the conversation has every message once, without gaps, and the widget got them all
    assertNothingLost(throughNginx);
  }

  @Test
  @Order(3)
  @DisplayName(
      "B killed too, A back: the agent signs in again through nginx and the chat is theirs")
  void agentsInstanceKilled() throws Exception {
    // given A started again (as an operator or orchestrator would) and the customer on B
    a.start();
    Customer throughNginx = customer.at(nginx.base());

    // when B, the agent's instance, dies
    b.kill();

    // then the agent signs in again through nginx (a console session lives on one instance)
    agent = new ConsoleClient(nginx.base().toURL());
    assertThat(agent.login(Agent.USERNAME, Agent.PASSWORD)).isTrue();
    agentHears = agent.push();
    // the chat is still theirs: its page shows everything written, and they can write on
    assertThat(agent.open("console/chat.xhtml?c=" + customer.id).body())
        .contains("You are welcome.");
    agent.open("console/chat.xhtml?c=" + customer.id);
    assertThat(send("I am back on another server.")).isTrue();

    // and the customer's widget, cut off with B, resumes through nginx on A and gets it
    socket.close();
    socket = connect(nginx.base(), received.getLast());
    assertThat(receivedTexts).contains("I am back on another server.");
    drain(agentHears);
    customerWrites(throughNginx, "Still here, thank you.");
    assertThat(heard(agentHears, "chat")).isTrue();
    agentWrites("Goodbye!");
    assertNothingLost(throughNginx);
  }

  private void assertNothingLost(Customer reader) throws Exception {
    List<JsonObject> all = reader.messages();
    List<Integer> ids = all.stream().map(m -> m.getInt("id")).toList();
    assertThat(ids).doesNotHaveDuplicates().isSorted();
    assertThat(ids.getLast() - ids.getFirst() + 1).isEqualTo(ids.size());
    List<String> texts = all.stream().map(m -> m.getString("text", "")).toList();
    for (String text : sentByAgent) {
      assertThat(texts).as("the agent's %s", text).containsOnlyOnce(text);
    }
    for (String text : sentByCustomer) {
      assertThat(texts).as("the customer's %s", text).containsOnlyOnce(text);
    }
    assertThat(received).as("what the widget received").isEqualTo(ids);
  }

  private Frames connect(URI base, int after) throws Exception {
    Frames frames = new Frames(base.toURL(), customer.id);
    frames.send(
        Json.createObjectBuilder()
            .add("type", "auth")
            .add("token", customer.token)
            .add("after", after)
            .build()
            .toString());
    untilOn(frames, f -> "ready".equals(f.getString("type")));
    return frames;
  }

  private void agentWrites(String text) throws Exception {
    agent.open("console/chat.xhtml?c=" + customer.id);
    assertThat(send(text)).isTrue();
    JsonObject message = until(f -> isMessage(f, text));
    assertThat(message.getJsonObject("message").getString("author")).isEqualTo("agent");
  }

  private boolean send(String text) {
    HttpResponse<String> sent = agent.submit("compose", Map.of("text", text, "send", "submit"));
    boolean ok = sent.statusCode() == 302 || sent.statusCode() == 200 && sent.body().contains(text);
    if (ok) {
      sentByAgent.add(text);
    }
    return ok;
  }

  private void customerWrites(Customer who, String text) throws Exception {
    Customer.Outcome sent = who.send(text);
    assertThat(sent.acknowledged()).as("%s: %s", sent.status(), sent.body()).isTrue();
    sentByCustomer.add(text);
    until(f -> isMessage(f, text));
  }

  private static boolean isMessage(JsonObject frame, String text) {
    return "message".equals(frame.getString("type"))
        && text.equals(frame.getJsonObject("message").getString("text", ""));
  }

  /** Reads the widget's frames until one matches; every message frame on the way is counted. */
  private JsonObject until(Predicate<JsonObject> wanted) throws Exception {
    return untilOn(socket, wanted);
  }

  private JsonObject untilOn(Frames frames, Predicate<JsonObject> wanted) throws Exception {
    Instant limit = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(limit)) {
      JsonObject frame = frames.next();
      if (frame == null) {
        break;
      }
      if ("message".equals(frame.getString("type"))) {
        received.add(frame.getJsonObject("message").getInt("id"));
        receivedTexts.add(frame.getJsonObject("message").getString("text", ""));
      }
      if (wanted.test(frame)) {
        return frame;
      }
    }
    throw new AssertionError("the widget did not hear it within " + PATIENCE);
  }

  private static void drain(ConsolePushListener listener) throws InterruptedException {
    while (listener.next(Duration.ofMillis(200)) != null) {
      // pushes of earlier changes
    }
  }

  private static boolean heard(ConsolePushListener listener, String part) throws Exception {
    Instant limit = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(limit)) {
      String next = listener.next(Duration.between(Instant.now(), limit));
      if (part.equals(next)) {
        return true;
      }
    }
    return false;
  }

  private HttpResponse<String> post(URI base, String path, String body) throws Exception {
    return PostbotProcess.Client.HTTP.send(
        HttpRequest.newBuilder(base.resolve("api/v1/conversations/" + customer.id + "/" + path))
            .timeout(Customer.LIMIT)
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + customer.token)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(URI base, String path) throws Exception {
    return PostbotProcess.Client.HTTP.send(
        HttpRequest.newBuilder(base.resolve("api/v1/conversations/" + customer.id + "/" + path))
            .timeout(Customer.LIMIT)
            .header("Authorization", "Bearer " + customer.token)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
