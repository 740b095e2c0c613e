package io.postbot.chat.infrastructure.tracking;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The carrier's tracking API played by a local HTTP server on 127.0.0.1: it answers the next call
 * with a given status and body, or stalls, and remembers the last request.
 */
final class FakeCarrier implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final CountDownLatch released = new CountDownLatch(1);
  private volatile int status = 200;
  private volatile String body = "";
  private volatile Duration stall = Duration.ZERO;
  volatile URI lastRequest;
  volatile String lastUid;
  volatile String lastKey;

  FakeCarrier() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/tracking/api/v2/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tracking/api/v2");
  }

  FakeCarrier answers(int status, String body) {
    this.status = status;
    this.body = body;
    return this;
  }

  FakeCarrier stallsFor(Duration stall) {
    this.stall = stall;
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    lastRequest = exchange.getRequestURI();
    lastUid = exchange.getRequestHeaders().getFirst(CarrierEndpoint.UID_HEADER);
    lastKey = exchange.getRequestHeaders().getFirst(CarrierEndpoint.KEY_HEADER);
    try {
      // Waits until the stall is over or the test is done, so no thread outlives the test.
      released.await(stall.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    } catch (IOException e) {
      // The client gave up waiting; nothing left to answer.
    }
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
