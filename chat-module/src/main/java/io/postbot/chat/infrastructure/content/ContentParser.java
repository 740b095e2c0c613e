package io.postbot.chat.infrastructure.content;

import io.postbot.chat.domain.model.knowledge.Answer;
import io.postbot.chat.domain.model.knowledge.Button;
import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.shared.Language;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one content file. The format is Markdown an editor can read:
 *
 * <pre>
 * # intent: track_parcel
 * ## examples (en)
 * - where is my parcel
 * ## answer (en)
 * Free text, several lines and paragraphs.
 * [Tracking page](https://www.posten.no/sporing)   a line that is only a link becomes a button;
 * [Talk to a person](intent:talk_to_human)         intent: targets are quick replies
 * </pre>
 *
 * Lines starting with {@code <!--} are comments.
 */
final class ContentParser {

  private static final Pattern INTENT = Pattern.compile("^# intent: *(\\S+) *$");
  private static final Pattern SECTION = Pattern.compile("^## (examples|answer) \\((\\w+)\\) *$");
  private static final Pattern BUTTON = Pattern.compile("^\\[([^\\]]+)\\]\\(([^)\\s]+)\\) *$");

  private final String file;
  private final List<IntentDraft> drafts = new ArrayList<>();
  private IntentDraft current;
  private String section;
  private Language sectionLanguage;

  ContentParser(String file) {
    this.file = file;
  }

  List<IntentDraft> parse(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      parseLine(lines.get(i), i + 1);
    }
    return drafts;
  }

  private void parseLine(String raw, int line) {
    String text = raw.strip();
    if (text.startsWith("<!--")) {
      return;
    }
    Matcher intent = INTENT.matcher(text);
    if (intent.matches()) {
      current = new IntentDraft(intentId(intent.group(1), line), line);
      drafts.add(current);
      section = null;
      return;
    }
    Matcher heading = SECTION.matcher(text);
    if (heading.matches()) {
      requireIntent(line);
      section = heading.group(1);
      sectionLanguage = language(heading.group(2), line);
      if (section.equals("answer")) {
        // Only answer sections open an answer; examples sections must not count as one.
        if (current.answers.containsKey(sectionLanguage)) {
          throw new ContentFileException(file, line, "second answer for " + sectionLanguage.code());
        }
        current.answers.put(sectionLanguage, new StringBuilder());
      }
      return;
    }
    if (text.startsWith("#")) {
      throw new ContentFileException(
          file,
          line,
          "unknown heading '"
              + text
              + "' (use '# intent: id', '## examples (en)', '## answer (nb)')");
    }
    if (text.isEmpty() && section == null) {
      return;
    }
    if (section == null) {
      throw new ContentFileException(file, line, "text outside an examples or answer section");
    }
    if (section.equals("examples")) {
      addExample(text, line);
    } else {
      addAnswerLine(raw.stripTrailing(), text, line);
    }
  }

  private void addExample(String text, int line) {
    if (text.isEmpty()) {
      return;
    }
    if (!text.startsWith("- ") || text.length() < 3) {
      throw new ContentFileException(file, line, "an example must be a list item: '- text'");
    }
    current
        .examples
        .computeIfAbsent(sectionLanguage, l -> new ArrayList<>())
        .add(text.substring(2).strip());
  }

  private void addAnswerLine(String raw, String text, int line) {
    Matcher button = BUTTON.matcher(text);
    if (button.matches()) {
      current
          .buttons
          .computeIfAbsent(sectionLanguage, l -> new ArrayList<>())
          .add(button(button.group(1), button.group(2), line));
      return;
    }
    current.answers.get(sectionLanguage).append(raw).append('\n');
  }

  private Button button(String label, String target, int line) {
    try {
      if (target.startsWith("intent:")) {
        IntentId intent = new IntentId(target.substring("intent:".length()));
        current.quickReplies.add(new QuickReplyAt(label, intent, line));
        return Button.quickReply(label, intent);
      }
      return Button.link(label, URI.create(target));
    } catch (IllegalArgumentException e) {
      throw new ContentFileException(
          file, line, "bad button target '" + target + "': " + e.getMessage());
    }
  }

  private IntentId intentId(String id, int line) {
    try {
      return new IntentId(id);
    } catch (IllegalArgumentException e) {
      throw new ContentFileException(file, line, "bad intent id '" + id + "': " + e.getMessage());
    }
  }

  private Language language(String code, int line) {
    try {
      return Language.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw new ContentFileException(file, line, "unknown language '" + code + "' (use en or nb)");
    }
  }

  private void requireIntent(int line) {
    if (current == null) {
      throw new ContentFileException(file, line, "section before the first '# intent: id'");
    }
  }

  /** An intent as read, before the whole content set is validated. */
  static final class IntentDraft {
    final IntentId id;
    final int line;
    final Map<Language, List<String>> examples = new EnumMap<>(Language.class);
    final Map<Language, StringBuilder> answers = new EnumMap<>(Language.class);
    final Map<Language, List<Button>> buttons = new EnumMap<>(Language.class);
    final List<QuickReplyAt> quickReplies = new ArrayList<>();

    IntentDraft(IntentId id, int line) {
      this.id = id;
      this.line = line;
    }

    Intent toIntent() {
      Map<Language, Answer> built = new EnumMap<>(Language.class);
      answers.forEach((language, text) ->
          built.put(
              language,
              new Answer(text.toString().strip(), buttons.getOrDefault(language, List.of()))));
      return new Intent(id, examples, built);
    }
  }

  /** A quick reply as written, with its line, so a dangling target can be reported precisely. */
  record QuickReplyAt(String label, IntentId target, int line) {}
}
