package io.postbot.chat.domain.model.knowledge;

import io.postbot.chat.api.ContentProblem;
import io.postbot.shared.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An intent as written (in a content file or the console's editor) before it is checked: the
 * examples, answer text and buttons of each language, with the lines they came from when read from
 * a file, so that a mistake is reported where an editor can fix it.
 */
public final class IntentDraft {

  private final IntentId id;
  private final int line;
  private final Map<Language, List<String>> examples = new EnumMap<>(Language.class);
  private final Map<Language, StringBuilder> answers = new EnumMap<>(Language.class);
  private final Map<Language, List<Button>> buttons = new EnumMap<>(Language.class);
  private final List<QuickReplyAt> quickReplies = new ArrayList<>();

  /** A quick reply as written, with its line, so a dangling target can be reported precisely. */
  public record QuickReplyAt(String label, IntentId target, int line) {}

  /**
   * @param line where the intent starts in its file (0 when it was not read from a file)
   */
  public IntentDraft(IntentId id, int line) {
    this.id = id;
    this.line = line;
  }

  public IntentId id() {
    return id;
  }

  public int line() {
    return line;
  }

  public void addExample(Language language, String example) {
    examples.computeIfAbsent(language, l -> new ArrayList<>()).add(example.strip());
  }

  /** Starts the answer of a language; false when it has one already. */
  public boolean openAnswer(Language language) {
    return answers.putIfAbsent(language, new StringBuilder()) == null;
  }

  public void appendAnswerLine(Language language, String text) {
    answers.computeIfAbsent(language, l -> new StringBuilder()).append(text).append('\n');
  }

  public void addButton(Language language, Button button, int at) {
    buttons.computeIfAbsent(language, l -> new ArrayList<>()).add(button);
    if (!button.isLink()) {
      quickReplies.add(new QuickReplyAt(button.label(), button.quickReply(), at));
    }
  }

  public List<QuickReplyAt> quickReplies() {
    return List.copyOf(quickReplies);
  }

  /**
   * What keeps it from being an intent, in the order the start-up has always checked: examples,
   * then an answer, for each language. The out-of-scope intent needs no examples.
   */
  public List<ContentProblem> problems() {
    List<ContentProblem> problems = new ArrayList<>();
    for (Language language : Language.values()) {
      boolean outOfScope = id.equals(IntentId.OUT_OF_SCOPE);
      if (!outOfScope && examples.getOrDefault(language, List.of()).isEmpty()) {
        problems.add(problem("rules.no-examples", id, language.code()));
      }
      StringBuilder answer = answers.get(language);
      if (answer == null || answer.toString().isBlank()) {
        problems.add(problem("rules.no-answer", id, language.code()));
      }
    }
    for (List<String> list : examples.values()) {
      if (list.stream().anyMatch(String::isBlank)) {
        problems.add(problem("rules.empty-example", id));
      }
    }
    return problems;
  }

  private ContentProblem problem(String key, Object... arguments) {
    return ContentProblem.of(id.value(), key, arguments);
  }

  /** The intent; call only when {@link #problems()} is empty. */
  public Intent toIntent() {
    Map<Language, Answer> built = new EnumMap<>(Language.class);
    answers.forEach((language, text) ->
        built.put(
            language,
            new Answer(text.toString().strip(), buttons.getOrDefault(language, List.of()))));
    return new Intent(id, examples, built);
  }
}
