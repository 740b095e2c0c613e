package io.postbot.bench.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server under test, started exactly as an operator does: {@code ./postbot run} on a built app,
 * on loopback, with its own data folder. The launcher execs the JVM, so the process started here is
 * the server's JVM (its pid is the one whose memory is read).
 */
public final class PostbotServer implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;
  private final long startedAt;

  private PostbotServer(Process process, int port, Path log, long startedAt) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.startedAt = startedAt;
  }

  /**
   * Starts the server; {@code settings} are extra environment variables (MicroProfile Config keys
   * in upper case, e.g. the rate limits a load test raises).
   */
  public static PostbotServer start(
      Path repository, int port, Path data, Path log, Map<String, String> settings)
      throws IOException {
    Files.createDirectories(data);
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(repository.resolve("postbot").toString(), "run")
            .directory(repository.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("POSTBOT_PORT", Integer.toString(port));
    builder.environment().put("POSTBOT_DATA", data.toString());
    builder.environment().putAll(settings);
    long started = System.nanoTime();
    return new PostbotServer(builder.start(), port, log, started);
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  /** Waits until /health/ready answers UP; the seconds since the start. */
  public double awaitReady(Duration limit) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(base().resolve("health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = startedAt + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("the server stopped while starting; see " + log);
      }
      try {
        HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
          return secondsSinceStart();
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IOException("the server was not ready within " + limit + "; see " + log);
  }

  public double secondsSinceStart() {
    return (System.nanoTime() - startedAt) / 1e9;
  }

  /** Stops the server as an operator would (SIGTERM), forcibly after half a minute. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
