package io.postbot.bench.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

/**
 * The widget's live connection: opens /ws/conversations/{id}, authenticates with the first frame
 * (resuming after the last message it has), and completes {@link #ready()} when the server says so.
 * Every message frame afterwards goes to the listener with the time it arrived.
 */
public final class CustomerSocket implements WebSocket.Listener {

  private final CompletableFuture<CustomerSocket> ready = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private final Conversation conversation;
  private volatile BiConsumer<JsonObject, Long> messages = (message, at) -> {};
  private WebSocket socket;
  private volatile boolean open = true;

  /** Whether the auth frame had left this client (its send completed) when the server closed. */
  private volatile boolean authWritten;

  private CustomerSocket(Conversation conversation) {
    this.conversation = conversation;
  }

  public static CompletableFuture<CustomerSocket> open(
      HttpClient http, URI base, Conversation conversation) {
    CustomerSocket listener = new CustomerSocket(conversation);
    URI uri =
        URI.create(base.toString().replaceFirst("^http", "ws"))
            .resolve("ws/conversations/" + conversation.id());
    http.newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(30))
        .buildAsync(uri, listener)
        .whenComplete((socket, failure) -> {
          if (failure != null) {
            listener.ready.completeExceptionally(failure);
          }
        });
    return listener.ready;
  }

  public Conversation conversation() {
    return conversation;
  }

  /** Receives every message frame's message object and the nanoTime it arrived at. */
  public void onMessage(BiConsumer<JsonObject, Long> listener) {
    this.messages = listener;
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    socket = webSocket;
    String auth =
        Json.createObjectBuilder()
            .add("type", "auth")
            .add("token", conversation.token())
            .add("after", conversation.lastMessage())
            .build()
            .toString();
    webSocket.sendText(auth, true).thenRun(() -> authWritten = true);
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    long at = System.nanoTime();
    partial.append(data);
    if (last) {
      JsonObject frame;
      try (var reader = Json.createReader(new StringReader(partial.toString()))) {
        frame = reader.readObject();
      }
      partial.setLength(0);
      switch (frame.getString("type", "")) {
        case "ready" -> ready.complete(this);
        case "message" -> messages.accept(frame.getJsonObject("message"), at);
        default -> {}
      }
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    open = false;
    ready.completeExceptionally(new ClosedBeforeReady(statusCode, reason, authWritten));
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    open = false;
    ready.completeExceptionally(error);
  }

  /** False once the server closed the connection or it broke. */
  public boolean isOpen() {
    return open;
  }

  public CompletableFuture<?> close() {
    return socket == null
        ? CompletableFuture.completedFuture(null)
        : socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
  }
}
