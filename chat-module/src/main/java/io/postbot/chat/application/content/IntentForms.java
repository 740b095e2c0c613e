package io.postbot.chat.application.content;

import io.postbot.chat.api.ContentProblem;
import io.postbot.chat.api.IntentForm;
import io.postbot.chat.api.IntentForm.ButtonForm;
import io.postbot.chat.api.InvalidContentException;
import io.postbot.chat.domain.model.knowledge.Answer;
import io.postbot.chat.domain.model.knowledge.Button;
import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.IntentDraft;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.Section;
import io.postbot.shared.Language;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Turns the editor's form into an intent (naming every mistake) and an intent into a form. */
final class IntentForms {

  private IntentForms() {}

  static IntentForm form(Intent intent, String section) {
    Map<Language, IntentForm.Part> parts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      Answer answer = intent.answerIn(language).orElse(null);
      parts.put(
          language,
          new IntentForm.Part(
              intent.examplesIn(language),
              answer == null ? "" : answer.text(),
              answer == null
                  ? List.of()
                  : answer.buttons().stream().map(IntentForms::button).toList()));
    }
    return new IntentForm(intent.id().value(), section, parts);
  }

  /**
   * @throws InvalidContentException with every problem of the form on its own
   */
  static Intent intent(IntentForm form) {
    List<ContentProblem> problems = new ArrayList<>();
    String name = form.id() == null ? "" : form.id().strip();
    IntentId id;
    try {
      id = new IntentId(name);
    } catch (IllegalArgumentException e) {
      throw invalid(name, "bad intent id '" + name + "': " + e.getMessage());
    }
    try {
      new Section(form.section() == null ? "" : form.section().strip(), "", List.of());
    } catch (IllegalArgumentException e) {
      problems.add(new ContentProblem(name, "bad section: " + e.getMessage()));
    }
    IntentDraft draft = new IntentDraft(id, 0);
    for (Language language : Language.values()) {
      IntentForm.Part part = form.in(language);
      part.examples().stream()
          .map(String::strip)
          .filter(e -> !e.isEmpty())
          .forEach(e -> draft.addExample(language, e));
      if (!part.answer().isBlank()) {
        draft.openAnswer(language);
        draft.appendAnswerLine(language, part.answer().strip().replace("\r\n", "\n"));
      }
      for (ButtonForm b : part.buttons()) {
        if ((b.label() == null || b.label().isBlank())
            && (b.target() == null || b.target().isBlank())) {
          continue; // an empty row of the editor
        }
        try {
          draft.addButton(language, button(b), 0);
        } catch (IllegalArgumentException e) {
          problems.add(
              new ContentProblem(
                  name, "button '" + b.label() + "' (" + language.code() + "): " + e.getMessage()));
        }
      }
    }
    draft.problems().forEach(p -> problems.add(new ContentProblem(name, p)));
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return draft.toIntent();
  }

  private static Button button(ButtonForm form) {
    String label = form.label() == null ? "" : form.label().strip();
    String target = form.target() == null ? "" : form.target().strip();
    if (target.startsWith("intent:")) {
      return Button.quickReply(label, new IntentId(target.substring("intent:".length()).strip()));
    }
    if (target.isEmpty()) {
      throw new IllegalArgumentException("a button leads to an intent or a link");
    }
    return Button.link(label, URI.create(target));
  }

  private static ButtonForm button(Button b) {
    return new ButtonForm(
        b.label(), b.isLink() ? b.link().toString() : "intent:" + b.quickReply().value());
  }

  private static InvalidContentException invalid(String intent, String message) {
    return new InvalidContentException(List.of(new ContentProblem(intent, message)));
  }
}
