package io.postbot.bench.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Opens a customer's socket as the widget does (web/src/main/webapp/widget/modules/live.js): when
 * the server closes it before saying ready, the widget polls meanwhile and connects again after 2
 * s, then 4 s, 8 s. Each failed attempt is told to a listener, so a report still says why; the
 * result says how many attempts it took and how long from the first to ready.
 */
public final class WidgetOpening {

  /** The widget's first reconnect delay. */
  static final long FIRST_DELAY_MS = 2_000;

  /**
   * A socket that said ready, after {@code attempts} tries, {@code nanosToReady} after the first.
   */
  public record Opened(CustomerSocket socket, int attempts, long nanosToReady) {}

  private final HttpClient http;
  private final URI base;
  private final int attempts;
  private final Consumer<Throwable> failedAttempts;

  public WidgetOpening(
      HttpClient http, URI base, int attempts, Consumer<Throwable> failedAttempts) {
    this.http = http;
    this.base = base;
    this.attempts = attempts;
    this.failedAttempts = failedAttempts;
  }

  public CompletableFuture<Opened> open(Conversation conversation) {
    return attempt(conversation, 1, System.nanoTime(), FIRST_DELAY_MS);
  }

  private CompletableFuture<Opened> attempt(
      Conversation conversation, int attempt, long begun, long delayMs) {
    return CustomerSocket.open(http, base, conversation)
        .thenApply(socket -> new Opened(socket, attempt, System.nanoTime() - begun))
        .exceptionallyCompose(failure -> {
          failedAttempts.accept(failure);
          if (attempt >= attempts || !closedByServer(failure)) {
            return CompletableFuture.failedFuture(failure);
          }
          return CompletableFuture.supplyAsync(
                  () -> null, CompletableFuture.delayedExecutor(delayMs, TimeUnit.MILLISECONDS))
              .thenCompose(later -> attempt(conversation, attempt + 1, begun, delayMs * 2));
        });
  }

  /** A close from the server before ready: the widget reconnects; a failed connect it does not. */
  static boolean closedByServer(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    return cause instanceof ClosedBeforeReady closed && closed.widgetReconnects();
  }
}
