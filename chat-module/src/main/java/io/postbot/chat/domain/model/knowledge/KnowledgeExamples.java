package io.postbot.chat.domain.model.knowledge;

import io.postbot.shared.Language;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The training sentences of a knowledge base as (intent, language, text) in content order: what a
 * classifier learns from it, and so what decides whether content changes need a new model.
 */
public final class KnowledgeExamples {

  /** One training sentence of the content. */
  public record Example(IntentId intent, Language language, String text) {}

  private KnowledgeExamples() {}

  public static List<Example> of(KnowledgeBase knowledge) {
    return of(knowledge.intents());
  }

  /** The training sentences of these intents, in their order. */
  public static List<Example> of(Collection<Intent> intents) {
    List<Example> examples = new ArrayList<>();
    for (Intent intent : intents) {
      for (Language language : Language.values()) {
        intent
            .examplesIn(language)
            .forEach(t -> examples.add(new Example(intent.id(), language, t)));
      }
    }
    return examples;
  }
}
