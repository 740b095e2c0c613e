package io.postbot.chat.domain.model.knowledge;

import io.postbot.shared.Language;
import java.util.Collection;
import java.util.Optional;

/**
 * The content the bot answers from: every intent it knows, loaded from versioned content files and
 * validated before the bot starts answering.
 */
public interface KnowledgeBase {

  Collection<Intent> intents();

  Optional<Intent> intent(IntentId id);

  /**
   * The answer for an intent in a language; falls back to English when a translation is missing.
   */
  default Optional<Answer> answer(IntentId id, Language language) {
    return intent(id).flatMap(i -> i.answerIn(language).or(() -> i.answerIn(Language.EN)));
  }
}
