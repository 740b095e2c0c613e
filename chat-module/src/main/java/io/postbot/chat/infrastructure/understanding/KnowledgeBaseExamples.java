package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.shared.Language;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The training sentences of the knowledge base, in both languages, so that a Norwegian sentence in
 * an English conversation is still understood. Examples of the {@code out_of_scope} intent, if the
 * content has any, teach the model what to reject.
 */
public final class KnowledgeBaseExamples {

  private KnowledgeBaseExamples() {}

  public static List<LabelledText> of(Collection<Intent> intents) {
    List<LabelledText> examples = new ArrayList<>();
    for (Intent intent : intents) {
      String label =
          intent.id().equals(IntentId.OUT_OF_SCOPE)
              ? LabelledText.OUT_OF_SCOPE
              : intent.id().value();
      for (Language language : Language.values()) {
        intent.examplesIn(language).forEach(text -> examples.add(new LabelledText(label, text)));
      }
    }
    return examples;
  }
}
