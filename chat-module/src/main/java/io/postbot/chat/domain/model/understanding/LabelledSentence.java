package io.postbot.chat.domain.model.understanding;

import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeExamples;
import io.postbot.shared.Language;
import java.util.Objects;

/**
 * A sentence with the intent it means ("out_of_scope" for one the bot should not answer): a
 * training example, or an evaluation sentence with its right answer.
 */
public record LabelledSentence(IntentId intent, Language language, String text) {

  public LabelledSentence {
    Objects.requireNonNull(intent);
    Objects.requireNonNull(language);
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a labelled sentence needs text");
    }
  }

  /** The content's example as a sentence to learn. */
  public static LabelledSentence of(KnowledgeExamples.Example example) {
    return new LabelledSentence(example.intent(), example.language(), example.text());
  }

  public boolean outOfScope() {
    return intent.equals(IntentId.OUT_OF_SCOPE);
  }
}
