package io.postbot.chat.domain.model.knowledge;

import io.postbot.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Reads content Markdown one line at a time, remembering the intent and section it is in. */
final class MarkdownReader {
  private final List<IntentDraft> drafts = new ArrayList<>();
  private final StringBuilder description = new StringBuilder();
  private IntentDraft current;
  private String section;
  private Language sectionLanguage;

  ContentMarkdown.ParsedSection read(String name, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      line(lines.get(i), i + 1);
    }
    return new ContentMarkdown.ParsedSection(name, description.toString().strip(), drafts);
  }

  private void line(String raw, int line) {
    String text = raw.strip();
    if (text.startsWith("<!--")) {
      if (current == null) {
        description.append(comment(text)).append('\n');
      }
      return;
    }
    Matcher intent = ContentMarkdown.INTENT.matcher(text);
    if (intent.matches()) {
      current = new IntentDraft(intentId(intent.group(1), line), line);
      drafts.add(current);
      section = null;
      return;
    }
    Matcher heading = ContentMarkdown.SECTION.matcher(text);
    if (heading.matches()) {
      if (current == null) {
        throw new ContentSyntaxException(line, "syntax.section-first");
      }
      section = heading.group(1);
      sectionLanguage = language(heading.group(2), line);
      // Only answer sections open an answer; examples sections must not count as one.
      if (section.equals("answer") && !current.openAnswer(sectionLanguage)) {
        throw new ContentSyntaxException(line, "syntax.second-answer", sectionLanguage.code());
      }
      return;
    }
    if (text.startsWith("#")) {
      throw new ContentSyntaxException(line, "syntax.unknown-heading", text);
    }
    if (text.isEmpty() && section == null) {
      return;
    }
    if (section == null) {
      throw new ContentSyntaxException(line, "syntax.outside-section");
    }
    if (section.equals("examples")) {
      example(text, line);
    } else {
      answerLine(raw.stripTrailing(), text, line);
    }
  }

  private void example(String text, int line) {
    if (text.isEmpty()) {
      return;
    }
    if (!text.startsWith("- ") || text.length() < 3) {
      throw new ContentSyntaxException(line, "syntax.example-item");
    }
    current.addExample(sectionLanguage, text.substring(2));
  }

  private void answerLine(String raw, String text, int line) {
    Matcher button = ContentMarkdown.BUTTON.matcher(text);
    if (button.matches()) {
      current.addButton(sectionLanguage, button(button.group(1), button.group(2), line), line);
      return;
    }
    current.appendAnswerLine(sectionLanguage, raw);
  }

  private static Button button(String label, String target, int line) {
    ButtonDraft draft = new ButtonDraft(label, target);
    draft
        .flaw()
        .ifPresent(flaw -> {
          throw new ContentSyntaxException(line, flawKey(flaw), target);
        });
    return draft.toButton();
  }

  private static String flawKey(ButtonDraft.Flaw flaw) {
    return switch (flaw) {
      case NO_LABEL -> "syntax.button-label";
      case NOT_AN_INTENT -> "syntax.button-intent";
      case NO_TARGET, NOT_A_LINK -> "syntax.button-link";
      case NOT_HTTPS -> "syntax.button-https";
    };
  }

  private static IntentId intentId(String id, int line) {
    if (!IntentId.isValid(id)) {
      throw new ContentSyntaxException(line, "syntax.bad-id", id);
    }
    return new IntentId(id);
  }

  private static Language language(String code, int line) {
    try {
      return Language.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw new ContentSyntaxException(line, "syntax.unknown-language", code);
    }
  }

  private static String comment(String text) {
    String inner = text.substring(4);
    return (inner.endsWith("-->") ? inner.substring(0, inner.length() - 3) : inner).strip();
  }
}
