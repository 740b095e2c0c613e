package io.postbot.web.faults;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * One widget conversation over the customer API, as the widget uses it: start, send, read back.
 * Every request is bounded by {@link #LIMIT}: an answer that takes longer counts as a hang.
 */
final class Customer {

  /** The longest a request may take before it counts as hanging (the bound). */
  static final Duration LIMIT = Duration.ofSeconds(6);

  /** The status of a request that got no answer within {@link #LIMIT}. */
  static final int HUNG = -1;

  /** The status of a request whose connection was refused or cut: nobody was listening. */
  static final int REFUSED = -2;

  final URI base;
  final String id;
  final String token;

  private Customer(URI base, String id, String token) {
    this.base = base;
    this.id = id;
    this.token = token;
  }

  static Customer start(URI base) throws IOException, InterruptedException {
    HttpResponse<String> started =
        PostbotProcess.Client.HTTP.send(
            HttpRequest.newBuilder(base.resolve("api/v1/conversations"))
                .timeout(LIMIT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"language\":\"en\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (started.statusCode() != 201) {
      throw new IOException("start: " + started.statusCode() + " " + started.body());
    }
    JsonObject body = json(started.body());
    return new Customer(base, body.getString("id"), body.getString("token"));
  }

  /** The same conversation, reached through another address (another instance, the balancer). */
  Customer at(URI other) {
    return new Customer(other, id, token);
  }

  /** Sends a message; the outcome says whether the server acknowledged it, and how fast. */
  Outcome send(String text) {
    long begin = System.nanoTime();
    try {
      HttpResponse<String> response =
          PostbotProcess.Client.HTTP.send(
              HttpRequest.newBuilder(base.resolve("api/v1/conversations/" + id + "/messages"))
                  .timeout(LIMIT)
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer " + token)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          Json.createObjectBuilder().add("text", text).build().toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new Outcome(
          text,
          response.statusCode(),
          response.headers().firstValue("Retry-After").isPresent(),
          response.headers().firstValue("Content-Type").orElse("").contains("problem+json"),
          Duration.ofNanos(System.nanoTime() - begin),
          response.body(),
          java.time.Instant.now());
    } catch (java.net.http.HttpTimeoutException e) {
      return noAnswer(text, begin, HUNG);
    } catch (IOException e) {
      return noAnswer(text, begin, REFUSED);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return noAnswer(text, begin, REFUSED);
    }
  }

  private static Outcome noAnswer(String text, long begin, int status) {
    return new Outcome(
        text,
        status,
        false,
        false,
        Duration.ofNanos(System.nanoTime() - begin),
        "",
        java.time.Instant.now());
  }

  /** Every message of the conversation, read back after the fault: author, text and sequence. */
  List<JsonObject> messages() throws IOException, InterruptedException {
    HttpResponse<String> response =
        PostbotProcess.Client.HTTP.send(
            HttpRequest.newBuilder(base.resolve("api/v1/conversations/" + id + "/messages"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("read back: " + response.statusCode() + " " + response.body());
    }
    return json(response.body()).getJsonArray("messages").getValuesAs(JsonObject.class);
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  /** What came of one POST; {@link #HUNG} or {@link #REFUSED} as status when no answer came. */
  record Outcome(
      String text,
      int status,
      boolean retryAfter,
      boolean problem,
      Duration took,
      String body,
      java.time.Instant at) {

    boolean acknowledged() {
      return status == 200;
    }

    boolean serverError() {
      return status >= 500 && !(status == 503 && retryAfter && problem);
    }
  }
}
