package io.postbot.chat.application;

import io.postbot.chat.domain.model.knowledge.Answer;
import io.postbot.chat.domain.model.knowledge.Button;
import io.postbot.chat.domain.model.knowledge.IntentId;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** One message the bot is about to send: its text, the intent it answers, and JSON extras. */
record BotReply(String text, IntentId intent, String payload) {

  /** The reply for an answer of the knowledge base, its buttons carried as JSON. */
  static BotReply of(IntentId intent, Answer answer) {
    if (answer.buttons().isEmpty()) {
      return new BotReply(answer.text(), intent, null);
    }
    JsonArrayBuilder buttons = Json.createArrayBuilder();
    for (Button button : answer.buttons()) {
      JsonObjectBuilder json = Json.createObjectBuilder().add("label", button.label());
      if (button.isLink()) {
        json.add("url", button.link().toString());
      } else {
        json.add("intent", button.quickReply().value());
      }
      buttons.add(json);
    }
    return new BotReply(
        answer.text(),
        intent,
        Json.createObjectBuilder().add("buttons", buttons).build().toString());
  }
}
