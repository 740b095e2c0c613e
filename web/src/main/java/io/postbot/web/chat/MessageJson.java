package io.postbot.web.chat;

import io.postbot.chat.api.MessageView;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** A message on the wire; the payload (buttons, cards) is embedded as a JSON object. */
public record MessageJson(int id, String author, String text, Instant time, JsonObject payload) {

  static MessageJson of(MessageView view) {
    JsonObject payload = null;
    if (view.payload() != null) {
      try (var reader = Json.createReader(new StringReader(view.payload()))) {
        payload = reader.readObject();
      }
    }
    return new MessageJson(view.id(), view.author(), view.text(), view.time(), payload);
  }

  static List<MessageJson> of(List<MessageView> views) {
    return views.stream().map(MessageJson::of).toList();
  }
}
