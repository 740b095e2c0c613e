package io.postbot.web.chat;

import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.Transcript;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A transcript as readable lines: a header with the legal basis and the retention notice, then one
 * entry per message with its time and author; a tracking card becomes a short status timeline. Both
 * the text and the PDF download are made of these lines.
 */
final class TranscriptText {

  private TranscriptText() {}

  /** Lines of the transcript; an empty string separates blocks. */
  static List<String> lines(Transcript transcript, TranscriptWording words, Instant now) {
    List<String> lines = new ArrayList<>();
    lines.add(words.title());
    lines.addAll(words.header(transcript, now));
    for (MessageView message : transcript.messages()) {
      lines.add("");
      lines.add("[" + words.time(message.time()) + "] " + words.author(message.author()) + ":");
      lines.addAll(List.of(message.text().split("\n", -1)));
      lines.addAll(trackingCard(message.payload(), words));
    }
    return lines;
  }

  /** The text file: the lines with CRLF-free Unix line ends, UTF-8. */
  static String render(Transcript transcript, TranscriptWording words, Instant now) {
    return String.join("\n", lines(transcript, words, now)) + "\n";
  }

  private static String eventTime(String iso, TranscriptWording words) {
    try {
      return words.time(java.time.OffsetDateTime.parse(iso).toInstant());
    } catch (java.time.format.DateTimeParseException e) {
      return iso;
    }
  }

  private static List<String> trackingCard(String payload, TranscriptWording words) {
    if (payload == null) {
      return List.of();
    }
    JsonObject json;
    try (var reader = Json.createReader(new StringReader(payload))) {
      json = reader.readObject();
    } catch (RuntimeException e) {
      return List.of();
    }
    JsonObject tracking = json.getJsonObject("tracking");
    if (tracking == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        "  "
            + words.trackingHeading(
                tracking.getString("number", ""),
                tracking.getString("statusText", tracking.getString("status", ""))));
    JsonArray events = tracking.getJsonArray("events");
    if (events != null) {
      for (JsonValue value : events) {
        JsonObject event = value.asJsonObject();
        String city = event.getString("city", "");
        lines.add(
            "  - "
                + eventTime(event.getString("time", ""), words)
                + " "
                + event.getString("description", "")
                + (city.isEmpty() ? "" : " (" + city + ")"));
      }
    }
    if (tracking.containsKey("expectedDelivery")
        && tracking.get("expectedDelivery").getValueType() == JsonValue.ValueType.STRING) {
      lines.add("  " + words.expectedDelivery() + ": " + tracking.getString("expectedDelivery"));
    }
    JsonObject pickup = tracking.get("pickupPoint") instanceof JsonObject p ? p : null;
    if (pickup != null) {
      List<String> parts = new ArrayList<>();
      for (String key : List.of("name", "address", "postalCode", "city", "openingHours")) {
        if (pickup.get(key) instanceof jakarta.json.JsonString s && !s.getString().isBlank()) {
          parts.add(s.getString());
        }
      }
      lines.add("  " + words.pickupPoint() + ": " + String.join(", ", parts));
    }
    return lines;
  }
}
