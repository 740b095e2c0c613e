package io.postbot.chat.application;

import io.postbot.chat.api.TrackingOutcome;
import io.postbot.chat.domain.model.knowledge.Answer;
import io.postbot.chat.domain.model.knowledge.Button;
import io.postbot.chat.domain.model.knowledge.IntentId;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;

/**
 * One message the bot is about to send: its text, the intent it answers, JSON extras (buttons, a
 * tracking card), and for a parcel lookup how it went (null otherwise).
 */
record BotReply(String text, IntentId intent, String payload, TrackingOutcome tracking) {

  BotReply(String text, IntentId intent, String payload) {
    this(text, intent, payload, null);
  }

  /** The reply for an answer of the knowledge base, its buttons carried as JSON. */
  static BotReply of(IntentId intent, Answer answer) {
    return withButtons(intent, answer.text(), answer.buttons());
  }

  /** A text with buttons under it ({"buttons":[...]}), or without payload when there are none. */
  static BotReply withButtons(IntentId intent, String text, List<Button> buttons) {
    if (buttons.isEmpty()) {
      return new BotReply(text, intent, null);
    }
    return new BotReply(
        text,
        intent,
        Json.createObjectBuilder().add("buttons", buttons(buttons)).build().toString());
  }

  /**
   * Buttons as the widget reads them: {"label", "url"} for links, {"label", "intent"} otherwise.
   */
  static JsonArrayBuilder buttons(List<Button> buttons) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Button button : buttons) {
      JsonObjectBuilder json = Json.createObjectBuilder().add("label", button.label());
      if (button.isLink()) {
        json.add("url", button.link().toString());
      } else {
        json.add("intent", button.quickReply().value());
      }
      array.add(json);
    }
    return array;
  }

  Optional<TrackingOutcome> trackingOutcome() {
    return Optional.ofNullable(tracking);
  }
}
