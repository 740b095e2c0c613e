package io.postbot.chat.domain.model.knowledge;

import java.util.List;

/**
 * One part of the content, as one Markdown file keeps it (conversation, tracking, customs...): a
 * name, a note on what it covers, and its intents in order.
 *
 * @param name lower case letters, digits, - and _; the file name without ".md"
 * @param description what the section covers and which intents to keep apart (may be empty)
 */
public record Section(String name, String description, List<Intent> intents) {

  public Section {
    if (!isValidName(name)) {
      throw new IllegalArgumentException(
          "a section name has lower case letters, digits, - and _ (at most 40)");
    }
    description = description == null ? "" : description.strip();
    intents = List.copyOf(intents);
  }

  /** Whether the text is a section name, for forms and files that name their own problems. */
  public static boolean isValidName(String name) {
    return name != null && name.matches("[a-z][a-z0-9_-]{0,39}");
  }
}
