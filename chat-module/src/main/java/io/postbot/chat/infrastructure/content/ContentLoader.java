package io.postbot.chat.infrastructure.content;

import io.postbot.chat.api.ContentProblem;
import io.postbot.chat.domain.model.knowledge.ContentMarkdown;
import io.postbot.chat.domain.model.knowledge.ContentSyntaxException;
import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.IntentDraft;
import io.postbot.chat.domain.model.knowledge.IntentId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the content files listed in {@code content/index.txt} and validates them as a whole: unique
 * intent ids, examples and an answer in every language, quick replies that lead somewhere. A
 * mistake is reported with its file and line.
 */
public final class ContentLoader {

  /** The directory on the class path that the shipped content lives in. */
  static final String SHIPPED = "content";

  private final ClassLoader classLoader;
  private final String directory;

  /** Loads the shipped content from {@code content/} on the given class path. */
  public ContentLoader(ClassLoader classLoader) {
    this(classLoader, SHIPPED);
  }

  /** Loads content from another directory of the class path (tests, content previews). */
  public ContentLoader(ClassLoader classLoader, String directory) {
    this.classLoader = classLoader;
    this.directory = directory;
  }

  public List<Intent> load() {
    List<Intent> intents = new ArrayList<>();
    loadSections().forEach(s -> s.drafts().forEach(d -> intents.add(d.toIntent())));
    return intents;
  }

  /** The files as sections, in the index's order, each checked as the start-up checks them. */
  public List<ContentMarkdown.ParsedSection> loadSections() {
    Map<IntentId, String> origin = new LinkedHashMap<>();
    List<ContentMarkdown.ParsedSection> sections = new ArrayList<>();
    String index = directory + "/index.txt";
    List<String> files =
        readLines(index).orElseThrow(() -> new ContentFileException(index, 0, "file not found"));
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i).strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      String path = directory + "/" + name;
      int indexLine = i + 1;
      List<String> lines =
          readLines(path)
              .orElseThrow(() ->
                  new ContentFileException(
                      index, indexLine, "lists '" + name + "', which is not on the class path"));
      ContentMarkdown.ParsedSection section;
      try {
        section = ContentMarkdown.read(name.replaceFirst("\\.md$", ""), lines);
      } catch (ContentSyntaxException e) {
        throw new ContentFileException(path, e.line(), e.problem());
      }
      for (IntentDraft draft : section.drafts()) {
        if (origin.containsKey(draft.id())) {
          throw new ContentFileException(
              path,
              draft.line(),
              ContentProblem.of(null, "rules.intent-twice", draft.id(), origin.get(draft.id()))
                  .message());
        }
        List<ContentProblem> problems = draft.problems();
        if (!problems.isEmpty()) {
          throw new ContentFileException(path, draft.line(), problems.get(0).message());
        }
        origin.put(draft.id(), path + ":" + draft.line());
      }
      sections.add(section);
    }
    checkQuickReplies(sections, origin);
    return sections;
  }

  private static void checkQuickReplies(
      List<ContentMarkdown.ParsedSection> sections, Map<IntentId, String> origin) {
    for (ContentMarkdown.ParsedSection section : sections) {
      for (IntentDraft draft : section.drafts()) {
        for (IntentDraft.QuickReplyAt reply : draft.quickReplies()) {
          if (!origin.containsKey(reply.target())) {
            String file = origin.get(draft.id()).split(":")[0];
            throw new ContentFileException(
                file,
                reply.line(),
                ContentProblem.of(null, "rules.unknown-quick-reply", reply.label(), reply.target())
                    .message());
          }
        }
      }
    }
  }

  private Optional<List<String>> readLines(String path) {
    InputStream in = classLoader.getResourceAsStream(path);
    if (in == null) {
      return Optional.empty();
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return Optional.of(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
