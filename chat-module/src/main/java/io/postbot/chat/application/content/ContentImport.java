package io.postbot.chat.application.content;

import io.postbot.chat.api.ContentProblem;
import io.postbot.chat.api.InvalidContentException;
import io.postbot.chat.domain.model.knowledge.ContentMarkdown;
import io.postbot.chat.domain.model.knowledge.ContentSet;
import io.postbot.chat.domain.model.knowledge.Section;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import does to the draft: a zip (as exported) replaces the whole content; one Markdown
 * file replaces the section of its name, or adds it last.
 */
final class ContentImport {

  private ContentImport() {}

  static ContentSet into(ContentSet current, String fileName, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw invalid("import.empty");
    }
    if (ContentArchive.isZip(bytes)) {
      return ContentSet.fromMarkdown(ContentArchive.read(bytes));
    }
    String name = fileName == null ? "" : fileName.strip();
    if (!name.toLowerCase().endsWith(".md")) {
      throw invalid("import.kind");
    }
    ContentMarkdown.ParsedSection parsed =
        ContentArchive.read(name, new String(bytes, StandardCharsets.UTF_8));
    Section section = ContentSet.section(parsed);
    List<Section> sections = new ArrayList<>();
    boolean replaced = false;
    for (Section s : current.sections()) {
      if (s.name().equals(section.name())) {
        sections.add(section);
        replaced = true;
      } else {
        sections.add(s);
      }
    }
    if (!replaced) {
      sections.add(section);
    }
    return ContentSet.of(sections);
  }

  private static InvalidContentException invalid(String key) {
    return new InvalidContentException(List.of(ContentProblem.of(null, key)));
  }
}
