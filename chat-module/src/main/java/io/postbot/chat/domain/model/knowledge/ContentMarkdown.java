package io.postbot.chat.domain.model.knowledge;

import io.postbot.shared.Language;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The content's Markdown, the format editors write and keep in version control; one file per {@link
 * Section}:
 *
 * <pre>
 * &lt;!-- What the section covers (comment lines before the first intent). --&gt;
 *
 * # intent: track_parcel
 * ## examples (en)
 * - where is my parcel
 * ## answer (en)
 * Free text, several lines and paragraphs.
 * [Tracking page](https://www.posten.no/sporing)   a line that is only a link becomes a button;
 * [Talk to a person](intent:talk_to_human)         intent: targets are quick replies
 * </pre>
 *
 * Lines starting with {@code <!--} are comments. {@link #write} gives the canonical form, which
 * {@link #read} reads back to the same section.
 */
public final class ContentMarkdown {

  static final Pattern INTENT = Pattern.compile("^# intent: *(\\S+) *$");
  static final Pattern SECTION = Pattern.compile("^## (examples|answer) \\((\\w+)\\) *$");
  static final Pattern BUTTON = Pattern.compile("^\\[([^\\]]+)\\]\\(([^)\\s]+)\\) *$");

  private ContentMarkdown() {}

  /** A section as read, with each intent's draft (and so its lines), before it is checked. */
  public record ParsedSection(String name, String description, List<IntentDraft> drafts) {}

  /**
   * Reads one file's lines.
   *
   * @throws ContentSyntaxException at the first line that breaks the format
   */
  public static ParsedSection read(String name, List<String> lines) {
    return new MarkdownReader().read(name, lines);
  }

  /** The canonical Markdown of a section. */
  public static String write(Section section) {
    StringBuilder out = new StringBuilder();
    if (!section.description().isEmpty()) {
      for (String line : section.description().split("\n")) {
        out.append("<!-- ").append(line.strip()).append(" -->\n");
      }
      out.append('\n');
    }
    for (int i = 0; i < section.intents().size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      write(section.intents().get(i), out);
    }
    return out.toString();
  }

  /** The Markdown of one intent: its heading, examples and answers of each language. */
  public static String write(Intent intent) {
    StringBuilder out = new StringBuilder();
    write(intent, out);
    return out.toString();
  }

  private static void write(Intent intent, StringBuilder out) {
    out.append("# intent: ").append(intent.id()).append('\n');
    for (Language language : Language.values()) {
      List<String> examples = intent.examplesIn(language);
      if (!examples.isEmpty()) {
        out.append("## examples (").append(language.code()).append(")\n");
        examples.forEach(e -> out.append("- ").append(e).append('\n'));
      }
    }
    for (Language language : Language.values()) {
      intent
          .answerIn(language)
          .ifPresent(answer -> {
            out.append("## answer (").append(language.code()).append(")\n");
            out.append(answer.text()).append('\n');
            for (Button button : answer.buttons()) {
              String target =
                  button.isLink() ? button.link().toString() : "intent:" + button.quickReply();
              out.append('[').append(button.label()).append("](").append(target).append(")\n");
            }
          });
    }
  }

  /** Whether a line of answer text would be read back as something else (a heading, a button). */
  public static boolean isFormatLine(String line) {
    String text = line.strip();
    return text.startsWith("#") || text.startsWith("<!--") || BUTTON.matcher(text).matches();
  }
}
