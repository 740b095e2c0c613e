package io.postbot.chat.infrastructure.content;

import io.postbot.chat.domain.model.knowledge.Button;
import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.shared.Language;
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

/**
 * Reads the content files listed in {@code content/index.txt} and validates them as a whole: unique
 * intent ids, examples and an answer in every language, quick replies that lead somewhere.
 */
public final class ContentLoader {

  static final String INDEX = "content/index.txt";

  private final ClassLoader classLoader;

  public ContentLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  public List<Intent> load() {
    Map<IntentId, ContentParser.IntentDraft> drafts = new LinkedHashMap<>();
    Map<IntentId, String> origin = new LinkedHashMap<>();
    for (String file : readLines(INDEX)) {
      String name = file.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      String path = "content/" + name;
      for (ContentParser.IntentDraft draft : new ContentParser(path).parse(readLines(path))) {
        if (drafts.containsKey(draft.id)) {
          throw new ContentFileException(
              path,
              draft.line,
              "intent '" + draft.id + "' is already defined in " + origin.get(draft.id));
        }
        validate(path, draft);
        drafts.put(draft.id, draft);
        origin.put(draft.id, path + ":" + draft.line);
      }
    }
    List<Intent> intents = new ArrayList<>();
    drafts.values().forEach(d -> intents.add(d.toIntent()));
    checkQuickReplies(intents, origin);
    return intents;
  }

  private static void validate(String path, ContentParser.IntentDraft draft) {
    for (Language language : Language.values()) {
      boolean outOfScope = draft.id.equals(IntentId.OUT_OF_SCOPE);
      if (!outOfScope && draft.examples.getOrDefault(language, List.of()).isEmpty()) {
        throw new ContentFileException(
            path,
            draft.line,
            "intent '" + draft.id + "' has no examples (" + language.code() + ")");
      }
      StringBuilder answer = draft.answers.get(language);
      if (answer == null || answer.toString().isBlank()) {
        throw new ContentFileException(
            path, draft.line, "intent '" + draft.id + "' has no answer (" + language.code() + ")");
      }
    }
  }

  private static void checkQuickReplies(List<Intent> intents, Map<IntentId, String> origin) {
    for (Intent intent : intents) {
      for (var answer : intent.answers().values()) {
        for (Button button : answer.buttons()) {
          if (!button.isLink() && !origin.containsKey(button.quickReply())) {
            String[] at = origin.get(intent.id()).split(":");
            throw new ContentFileException(
                at[0],
                Integer.parseInt(at[1]),
                "quick reply '"
                    + button.label()
                    + "' leads to unknown intent '"
                    + button.quickReply()
                    + "'");
          }
        }
      }
    }
  }

  private List<String> readLines(String path) {
    InputStream in = classLoader.getResourceAsStream(path);
    if (in == null) {
      throw new ContentFileException(path, 0, "file not found on the class path");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
