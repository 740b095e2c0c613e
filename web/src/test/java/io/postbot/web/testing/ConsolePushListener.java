package io.postbot.web.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What an open console page hears on /console/push: the names of the parts that changed. Opened
 * with a console user's HTTP client, so the handshake carries that user's session cookie.
 */
public final class ConsolePushListener implements WebSocket.Listener, AutoCloseable {

  private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closedBy = new CompletableFuture<>();
  private WebSocket socket;

  /** Opens the channel; throws when the server refuses the handshake. */
  static ConsolePushListener open(HttpClient client, URI base) {
    ConsolePushListener listener = new ConsolePushListener();
    URI uri = URI.create(base.toString().replaceFirst("^http", "ws")).resolve("console/push");
    try {
      listener.socket =
          client
              .newWebSocketBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .buildAsync(uri, listener)
              .join();
    } catch (CompletionException e) {
      throw new IllegalStateException("console push refused: " + e.getCause(), e.getCause());
    }
    // the server registers the page after the handshake and then says so
    try {
      String first = listener.next(Duration.ofSeconds(30));
      if (!"ready".equals(first)) {
        throw new IllegalStateException("console push did not say ready but " + first);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return listener;
  }

  /** The next part named by the server, or null when nothing came within the patience given. */
  public String next(Duration patience) throws InterruptedException {
    return heard.poll(patience.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    heard.add(data.toString());
    webSocket.request(1);
    return null;
  }

  /** Whether the server closed the channel (or it broke) within the patience given. */
  public boolean closedWithin(Duration patience) throws InterruptedException {
    try {
      closedBy.get(patience.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return true;
    }
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closedBy.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closedBy.completeExceptionally(error);
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
  }
}
