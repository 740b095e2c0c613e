package io.postbot.web.faults;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application as its own operating-system process, started as ./postbot run starts it (Payara
 * Micro, the built WAR, loopback only), so a fault can kill it with SIGKILL and start it again.
 */
final class PostbotProcess implements AutoCloseable {

  private static final Duration START_LIMIT = Duration.ofMinutes(5);

  /** A file of the application's own: served once its web context accepts requests. */
  private static final String SERVED = "widget/postbot.js";

  private final int port;
  private final Map<String, String> settings;
  private final Path directory;
  private Process process;
  private int starts;

  PostbotProcess(int port, Map<String, String> settings, Path directory) {
    this.port = port;
    this.settings = settings;
    this.directory = directory;
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** Starts the server and waits until it is ready; returns how long the start took. */
  Duration start() throws IOException, InterruptedException {
    Instant begin = Instant.now();
    starts++;
    Path runtime = directory.resolve("runtime-" + starts);
    // Payara Micro redeploys what an old root folder remembers (a second deployment that undeploys
    // the first mid-run), so an earlier run's folder goes first.
    deleteRecursively(runtime);
    Files.createDirectories(runtime);
    Path war = runtime.resolve("ROOT.war");
    Files.copy(
        Path.of(System.getProperty("postbot.war", "target/postbot.war")),
        war,
        StandardCopyOption.REPLACE_EXISTING);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl"); // as ./postbot
    command.add("-Xmx768m");
    settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("payara.microJar", "target/runtime/payara-micro.jar"),
            "--deploy",
            war.toString(),
            "--port",
            String.valueOf(port),
            "--nocluster",
            "--prebootcommandfile",
            System.getProperty("postbot.preboot", "src/main/payara/pre-boot-commands.txt"),
            "--rootdir",
            runtime.resolve("micro-root").toString()));
    File log = directory.resolve("server-" + starts + ".log").toFile();
    process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    awaitReady(log);
    return Duration.between(begin, Instant.now());
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** SIGKILL: no shutdown hook, no flush, no goodbye, as when the machine loses power. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  boolean isReady() {
    return status("health/ready") == 200;
  }

  /** The status of a GET, or -1 when the server does not answer within two seconds. */
  int status(String path) {
    try {
      HttpResponse<Void> response =
          Client.HTTP.send(
              HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private void awaitReady(File log) throws IOException, InterruptedException {
    Instant limit = Instant.now().plus(START_LIMIT);
    // Readiness is the server's health endpoint, which answers UP as soon as the application's
    // checks are registered and pass; the web context may still refuse requests (503) for a moment
    // after that, so the start is over when the application itself serves a file too.
    int ready = -1;
    int serves = -1;
    while ((ready = status("health/ready")) != 200 || (serves = status(SERVED)) != 200) {
      if (!process.isAlive()) {
        throw new IOException("the server stopped during its start; see " + log);
      }
      if (Instant.now().isAfter(limit)) {
        throw new IOException(
            "the server was not ready within "
                + START_LIMIT
                + " (readiness "
                + ready
                + ", "
                + SERVED
                + " "
                + serves
                + "); see "
                + log);
      }
      Thread.sleep(500);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  /** The one HTTP client of the suite: loopback, HTTP/1.1, no redirects. */
  static final class Client {
    static final HttpClient HTTP =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .executor(java.util.concurrent.Executors.newCachedThreadPool())
            .build();

    private Client() {}
  }
}
