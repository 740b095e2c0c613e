package io.postbot.chat.application.content;

import io.postbot.chat.api.ContentProblem;
import io.postbot.chat.api.InvalidContentException;
import io.postbot.chat.domain.model.knowledge.ContentMarkdown;
import io.postbot.chat.domain.model.knowledge.ContentSet;
import io.postbot.chat.domain.model.knowledge.ContentSyntaxException;
import io.postbot.chat.domain.model.knowledge.Section;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The content as the application ships it: a zip of one Markdown file per section and an index.txt
 * naming them in order, ready to keep in version control or to put back into
 * chat-module/src/main/resources/content/. Reading refuses what no editor's export would hold:
 * folders, other files, more than 100 files or 10 MB.
 */
final class ContentArchive {

  static final String INDEX = "index.txt";
  private static final int MAX_FILES = 100;
  private static final int MAX_BYTES = 10 * 1024 * 1024;

  private ContentArchive() {}

  static byte[] write(ContentSet content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      StringBuilder index =
          new StringBuilder("# The content files of the knowledge base, loaded in this order.\n");
      for (Section section : content.sections()) {
        index.append(section.name()).append(".md\n");
        entry(zip, section.name() + ".md", ContentMarkdown.write(section));
      }
      entry(zip, INDEX, index.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Whether the bytes are a zip (else they are taken for one Markdown file). */
  static boolean isZip(byte[] bytes) {
    return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
  }

  /** The sections of a zip, in its index's order. */
  static List<ContentMarkdown.ParsedSection> read(byte[] zipBytes) {
    Map<String, String> files = new LinkedHashMap<>();
    int total = 0;
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        String name = e.getName();
        if (e.isDirectory() || name.contains("/") || name.contains("\\")) {
          throw invalid(ContentProblem.of(null, "archive.folder").at(name));
        }
        if (files.size() >= MAX_FILES) {
          throw invalid(ContentProblem.of(null, "archive.too-many-files", MAX_FILES));
        }
        byte[] data = zip.readNBytes(MAX_BYTES - total + 1);
        total += data.length;
        if (total > MAX_BYTES) {
          throw invalid(ContentProblem.of(null, "archive.too-big", MAX_BYTES / (1024 * 1024)));
        }
        files.put(name, new String(data, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw invalid(ContentProblem.of(null, "archive.unreadable"));
    }
    String index = files.get(INDEX);
    if (index == null) {
      throw invalid(ContentProblem.of(null, "archive.no-index", INDEX));
    }
    List<ContentMarkdown.ParsedSection> sections = new ArrayList<>();
    String[] lines = index.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String name = lines[i].strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      String text = files.get(name);
      if (text == null || !name.endsWith(".md")) {
        throw invalid(
            ContentProblem.of(null, "archive.not-listed", name).at(INDEX + ":" + (i + 1)));
      }
      sections.add(read(name, text));
    }
    return sections;
  }

  /** One Markdown file, named {@code file} ("tracking.md" is the section "tracking"). */
  static ContentMarkdown.ParsedSection read(String file, String text) {
    String name = file.replaceFirst("(?i)\\.md$", "");
    if (!Section.isValidName(name)) {
      throw invalid(ContentProblem.of(null, "archive.section-name").at(file));
    }
    try {
      return ContentMarkdown.read(name, List.of(text.replace("\r\n", "\n").split("\n", -1)));
    } catch (ContentSyntaxException e) {
      throw invalid(e.in(file));
    }
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static InvalidContentException invalid(ContentProblem problem) {
    return new InvalidContentException(List.of(problem));
  }
}
