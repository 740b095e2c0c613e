package io.postbot.chat.domain.model.knowledge;

import java.util.List;

/** What the bot says for an intent in one language: text and optional buttons. */
public record Answer(String text, List<Button> buttons) {

  public Answer {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("an answer needs text");
    }
    buttons = List.copyOf(buttons);
  }

  public static Answer of(String text) {
    return new Answer(text, List.of());
  }
}
