package io.postbot.web.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The carrier's tracking API as the suite wants it: a local server in front of the application's
 * own tracking simulator that passes requests through, answers slowly, or fails.
 */
final class TrackingStub implements AutoCloseable {

  enum Mode {
    /** Passes the request to the simulator and its answer back. */
    WORKING,
    /** Answers after ten seconds, far beyond the client's timeout. */
    SLOW,
    /** Answers 500 at once. */
    FAILING
  }

  private final HttpServer server;
  private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.WORKING);
  private final AtomicInteger calls = new AtomicInteger();
  private volatile URI simulator;

  TrackingStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL to configure as postbot.tracking.base-url. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void forwardTo(URI applicationBase) {
    simulator = applicationBase.resolve("api/simulator/tracking");
  }

  void mode(Mode newMode) {
    mode.set(newMode);
  }

  int calls() {
    return calls.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    calls.incrementAndGet();
    try (exchange) {
      switch (mode.get()) {
        case SLOW -> {
          sleep(Duration.ofSeconds(10));
          answer(exchange, 503, "{}");
        }
        case FAILING -> answer(exchange, 500, "{\"error\":\"carrier down\"}");
        case WORKING -> forward(exchange);
      }
    }
  }

  private void forward(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    URI target = URI.create(simulator + path + (query == null ? "" : "?" + query));
    HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(5));
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> {
          if (name.toLowerCase(java.util.Locale.ROOT).startsWith("x-")) {
            values.forEach(value -> request.header(name, value));
          }
        });
    try {
      HttpResponse<String> response =
          PostbotProcess.Client.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      answer(exchange, response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer(exchange, 502, "{}");
    }
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
