package io.postbot.web.chat;

import io.postbot.chat.api.MessageView;
import io.postbot.chat.api.attachment.AttachmentsJson;
import io.postbot.shared.Jsonp;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * A message on the wire, the same in the REST API, the WebSocket's message frame and the JSON
 * transcript; its attachments in their one JSON form as {@code payload} (absent when none).
 */
public record MessageJson(int id, String author, String text, Instant time, JsonObject payload) {

  static MessageJson of(MessageView view) {
    return new MessageJson(
        view.id(),
        view.author(),
        view.text(),
        view.time(),
        view.attachments().isEmpty() ? null : AttachmentsJson.toJson(view.attachments()));
  }

  static List<MessageJson> of(List<MessageView> views) {
    return views.stream().map(MessageJson::of).toList();
  }

  /** The same as a JSON object, for frames and transcripts built by hand. */
  JsonObject toJson() {
    var json =
        Jsonp.createObjectBuilder()
            .add("id", id)
            .add("author", author)
            .add("text", text)
            .add("time", time.toString());
    if (payload != null) {
      json.add("payload", payload);
    }
    return json.build();
  }
}
