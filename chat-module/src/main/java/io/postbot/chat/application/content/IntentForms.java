package io.postbot.chat.application.content;

import io.postbot.chat.api.ContentProblem;
import io.postbot.chat.api.IntentForm;
import io.postbot.chat.api.IntentForm.ButtonForm;
import io.postbot.chat.api.InvalidContentException;
import io.postbot.chat.domain.model.knowledge.Answer;
import io.postbot.chat.domain.model.knowledge.Button;
import io.postbot.chat.domain.model.knowledge.ButtonDraft;
import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.IntentDraft;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.Section;
import io.postbot.shared.Language;
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
    if (!IntentId.isValid(name)) {
      throw new InvalidContentException(List.of(ContentProblem.of(name, "form.bad-id", name)));
    }
    if (!Section.isValidName(form.section() == null ? "" : form.section().strip())) {
      problems.add(ContentProblem.of(name, "form.bad-section"));
    }
    IntentDraft draft = new IntentDraft(new IntentId(name), 0);
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
        ButtonDraft button = button(b);
        button
            .flaw()
            .ifPresentOrElse(
                flaw ->
                    problems.add(
                        ContentProblem.of(
                            name, flawKey(flaw), b.label(), language.code(), button.target())),
                () -> draft.addButton(language, button.toButton(), 0));
      }
    }
    problems.addAll(draft.problems());
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return draft.toIntent();
  }

  private static ButtonDraft button(ButtonForm form) {
    return new ButtonDraft(
        form.label() == null ? "" : form.label().strip(),
        form.target() == null ? "" : form.target().strip());
  }

  private static String flawKey(ButtonDraft.Flaw flaw) {
    return switch (flaw) {
      case NO_LABEL -> "form.button-label";
      case NO_TARGET -> "form.button-target";
      case NOT_AN_INTENT -> "form.button-intent";
      case NOT_A_LINK -> "form.button-link";
      case NOT_HTTPS -> "form.button-https";
    };
  }

  private static ButtonForm button(Button b) {
    return new ButtonForm(
        b.label(), b.isLink() ? b.link().toString() : "intent:" + b.quickReply().value());
  }
}
