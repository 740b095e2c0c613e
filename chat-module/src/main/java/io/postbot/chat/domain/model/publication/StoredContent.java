package io.postbot.chat.domain.model.publication;

import io.postbot.chat.domain.model.knowledge.ContentMarkdown;
import io.postbot.chat.domain.model.knowledge.ContentSet;
import io.postbot.chat.domain.model.knowledge.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Content kept as the Markdown editors export and import, one text a section: what is stored is
 * exactly what an export gives, and reads back to the same content.
 */
final class StoredContent {

  private StoredContent() {}

  static List<SectionText> write(ContentSet content) {
    List<SectionText> texts = new ArrayList<>();
    for (Section section : content.sections()) {
      texts.add(new SectionText(section.name(), ContentMarkdown.write(section)));
    }
    return texts;
  }

  static ContentSet read(List<SectionText> texts) {
    List<ContentMarkdown.ParsedSection> parsed = new ArrayList<>();
    for (SectionText text : texts) {
      parsed.add(ContentMarkdown.read(text.name(), List.of(text.markdown().split("\n", -1))));
    }
    return ContentSet.fromMarkdown(parsed);
  }
}
