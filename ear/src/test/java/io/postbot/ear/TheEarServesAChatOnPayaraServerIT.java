package io.postbot.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The EAR runs on a full Payara Server on the operator's JDBC resource")
class TheEarServesAChatOnPayaraServerIT {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  @DisplayName(
      "pool and resource by asadmin, deploy, a customer chat and an agent sign-in, health,"
          + " metrics, monitoring, undeploy")
  void deployOnTheOperatorsResource() throws Exception {
    Path home = Path.of(System.getProperty("payara.home"));
    Path ear = Path.of(System.getProperty("postbot.ear"));
    Path driver = Path.of(System.getProperty("postbot.jdbc-driver"));
    Path work = Files.createDirectories(Path.of("target/payara-it")).toAbsolutePath();
    Stopwatch took = new Stopwatch();
    seedEmbeddingCache(work.resolve("nlu-embeddings.bin"));

    try (OwnDatabase database = new OwnDatabase();
        PayaraServerDomain domain = new PayaraServerDomain(home, work.resolve("domains"))) {
      // given a fresh domain on loopback, and an empty database of its own
      domain.create(driver);
      domain.start();
      took.lap("domain created and started");

      // when the operator creates the pool, the resource and the configuration, and deploys
      String output = domain.run(OperatorCommands.forDatabase(database.name(), work, ear).lines());
      took.lap("pool, resource, configuration and deploy");
      assertThat(output).contains("Command ping-connection-pool executed successfully");
      URI base = URI.create("http://127.0.0.1:" + domain.httpPort() + "/");
      URI admin = URI.create("http://127.0.0.1:" + domain.adminPort() + "/");
      // the admin console loads on its first request: ask now, look at it at the end
      http.sendAsync(HttpRequest.newBuilder(admin).build(), HttpResponse.BodyHandlers.discarding());

      // then a customer chats with the bot
      HttpResponse<String> started =
          post(base.resolve("api/v1/conversations"), "{\"language\":\"nb\"}", null);
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      String id = field(started.body(), "id");
      String token = field(started.body(), "token");
      HttpResponse<String> reply =
          post(
              base.resolve("api/v1/conversations/" + id + "/messages"),
              "{\"text\":\"hvor er pakken min\"}",
              token);
      assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
      assertThat(reply.body()).contains("\"author\":\"bot\"");

      // and the administrator the server's configuration named signs in to the console
      HttpResponse<String> console =
          new ConsoleSignIn(base).signIn(OperatorCommands.ADMIN, OperatorCommands.ADMIN_PASSWORD);
      assertThat(console.statusCode()).as(console.body()).isEqualTo(200);
      assertThat(console.body()).contains(OperatorCommands.ADMIN);

      // and Flyway migrated the operator's database, which health reports ready
      assertThat(database.migrationHistories())
          .contains("schema_history_chat", "schema_history_handoff", "schema_history_retention");
      HttpResponse<String> ready = get(base.resolve("health/ready"));
      assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
      assertThat(ready.body()).contains("\"status\":\"UP\"").contains("PostgreSQL");
      HttpResponse<String> metrics = get(base.resolve("metrics"));
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.body()).contains("postbot_retention_purge_behind");

      // and the server's monitoring, on loopback only, counts the application's connections
      HttpResponse<String> pool =
          get(admin.resolve("monitoring/domain/server/resources/" + OperatorCommands.POOL));
      assertThat(pool.statusCode()).as(pool.body()).isEqualTo(200);
      assertThat(count(pool.body(), "numconncreated")).isPositive();
      HttpResponse<String> adminConsole = adminConsole(admin);
      assertThat(adminConsole.statusCode()).as(adminConsole.body()).isEqualTo(200);
      assertThat(adminConsole.body()).contains("Payara Server");
      for (int port : List.of(domain.adminPort(), domain.httpPort())) {
        Loopback.otherAddress()
            .ifPresent(other ->
                assertThat(Loopback.answers(other, port)).as(other + ":" + port).isFalse());
      }
      took.lap("chat, sign-in, health, metrics, monitoring");

      // finally the application undeploys cleanly
      String undeployed = domain.run(List.of("undeploy postbot", "list-applications"));
      assertThat(undeployed)
          .contains("Command undeploy executed successfully")
          .doesNotContain("postbot ");
      assertThat(get(base.resolve("api/v1/conversations/" + id)).statusCode()).isEqualTo(404);
      took.lap("undeploy");
    } finally {
      System.out.println("EAR on Payara Server: " + took);
    }
  }

  private HttpResponse<String> post(URI url, String json, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(URI url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(120))
            .header("Accept", "application/json, text/html;q=0.9, */*;q=0.8")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Starts from the web ITs' sentence vectors of the same content, when there are any. */
  private static void seedEmbeddingCache(Path cache) throws java.io.IOException {
    Path seed = Path.of(System.getProperty("postbot.nlu.seed-cache", "none"));
    if (!Files.exists(cache) && Files.isRegularFile(seed)) {
      Files.copy(seed, cache);
    }
  }

  /** The admin console answers 202 while it loads (once, on first use): wait for its page. */
  private HttpResponse<String> adminConsole(URI admin) throws Exception {
    long giveUp = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    HttpResponse<String> page = get(admin);
    while (page.statusCode() == 202 && System.nanoTime() < giveUp) {
      Thread.sleep(1000);
      page = get(admin);
    }
    return page;
  }

  private static String field(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    assertThat(matcher.find()).as(name + " in " + json).isTrue();
    return matcher.group(1);
  }

  /** A monitoring statistic's count in the REST monitoring answer. */
  private static long count(String json, String statistic) {
    Matcher matcher =
        Pattern.compile("\"" + statistic + "\":\\{[^}]*\"count\":(\\d+)").matcher(json);
    assertThat(matcher.find()).as(statistic + " in " + json).isTrue();
    return Long.parseLong(matcher.group(1));
  }
}
