package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.modelversion.HeldOutSentences;
import io.postbot.chat.domain.model.understanding.LabelledSentence;
import io.postbot.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The content's held-out test sentences shipped with the bot (nlu/evaluation/postal-test-en.tsv and
 * -nb.tsv, "intent TAB sentence", "oos" for out of scope): the content's evaluation sets that
 * nlu-eval reports, and the fixed part of every model version's evaluation.
 */
@ApplicationScoped
public class ShippedHeldOutSentences implements HeldOutSentences {

  private volatile List<LabelledSentence> sentences;

  @Override
  public List<LabelledSentence> all() {
    if (sentences == null) {
      List<LabelledSentence> read = new ArrayList<>();
      for (Language language : Language.values()) {
        read.addAll(read("nlu/evaluation/postal-test-" + language.code() + ".tsv", language));
      }
      sentences = List.copyOf(read);
    }
    return sentences;
  }

  private static List<LabelledSentence> read(String resource, Language language) {
    InputStream in = ShippedHeldOutSentences.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing from the class path");
    }
    List<LabelledSentence> read = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        String[] parts = line.split("\t", 2);
        if (parts.length < 2 || parts[1].isBlank() || line.startsWith("#")) {
          continue;
        }
        IntentId intent =
            LabelledText.isOutOfScopeLabel(parts[0])
                ? IntentId.OUT_OF_SCOPE
                : new IntentId(parts[0].strip());
        read.add(new LabelledSentence(intent, language, parts[1].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read;
  }
}
