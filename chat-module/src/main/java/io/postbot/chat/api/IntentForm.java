package io.postbot.chat.api;

import io.postbot.shared.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An intent as the content editor shows and saves it: id, section, and per language the training
 * examples, the answer and its buttons.
 */
public record IntentForm(String id, String section, Map<Language, Part> languages) {

  public IntentForm {
    languages = new EnumMap<>(languages);
    for (Language language : Language.values()) {
      languages.putIfAbsent(language, new Part(List.of(), "", List.of()));
    }
    languages = Map.copyOf(languages);
  }

  public Part in(Language language) {
    return languages.get(language);
  }

  /** One language's examples, answer text and buttons. */
  public record Part(List<String> examples, String answer, List<ButtonForm> buttons) {
    public Part {
      examples = List.copyOf(examples);
      answer = answer == null ? "" : answer;
      buttons = List.copyOf(buttons);
    }
  }

  /**
   * A button under an answer.
   *
   * @param target "intent:&lt;id&gt;" for a quick reply, or an https link
   */
  public record ButtonForm(String label, String target) {}
}
