package io.postbot.bench.client;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The widget's HTTP calls, asynchronous so that one load-generator thread serves many customers: a
 * customer waits for each answer before writing again, but never holds a thread while waiting.
 */
public final class CustomerClient {

  /** An answer slower than this counts as an error, as a customer would give up. */
  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final URI base;

  public CustomerClient(URI base, Executor executor) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(executor)
            .build();
  }

  public HttpClient http() {
    return http;
  }

  public CompletableFuture<Conversation> start(String language) {
    return http.sendAsync(
            json("api/v1/conversations", "{\"language\":\"" + language + "\"}", null),
            HttpResponse.BodyHandlers.ofString())
        .thenApply(answer -> {
          JsonObject started = parse(expect(answer, 201));
          JsonArray messages = started.getJsonArray("messages");
          int last = messages.getJsonObject(messages.size() - 1).getInt("id");
          return new Conversation(
              started.getString("id"), started.getString("token"), language, last);
        });
  }

  /** Sends a message and completes with the bot's replies once they have all been read. */
  public CompletableFuture<JsonArray> send(Conversation conversation, String text) {
    String body = Json.createObjectBuilder().add("text", text).build().toString();
    return http.sendAsync(
            json("api/v1/conversations/" + conversation.id() + "/messages", body, conversation),
            HttpResponse.BodyHandlers.ofString())
        .thenApply(answer -> parse(expect(answer, 200)).getJsonArray("messages"));
  }

  /** Any request; completes with the body when the status is the expected one. */
  public CompletableFuture<String> exchange(HttpRequest request, int status) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .thenApply(answer -> expect(answer, status));
  }

  public HttpRequest json(String path, String body, Conversation conversation) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (conversation != null) {
      request.header("Authorization", "Bearer " + conversation.token());
    }
    return request.build();
  }

  public HttpRequest get(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build();
  }

  static String expect(HttpResponse<String> answer, int status) {
    if (answer.statusCode() != status) {
      throw new UnexpectedAnswer(answer.statusCode(), answer.uri().getPath());
    }
    return answer.body();
  }

  static JsonObject parse(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  /** The server answered, but not as a working customer flow expects. */
  public static final class UnexpectedAnswer extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnexpectedAnswer(int status, String path) {
      super("HTTP " + status + " from " + path.replaceAll("[0-9a-f-]{36}", "{id}"));
    }
  }
}
