package io.postbot.chat.application;

import io.postbot.chat.domain.model.knowledge.Answer;
import io.postbot.chat.domain.model.knowledge.Button;
import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import io.postbot.shared.Language;
import java.util.Optional;

/**
 * A short name for an intent, for the buttons of a clarifying question. Taken from where the
 * content already names it, a quick-reply button that leads to it ("Track a parcel"), so content
 * authors maintain titles by writing buttons; then from BotTexts ("title.&lt;intent&gt;"); last
 * from the id.
 */
public final class IntentTitles {

  private final KnowledgeBase knowledgeBase;

  public IntentTitles(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  public String title(IntentId intent, Language language) {
    return fromContentButtons(intent, language)
        .or(() -> BotTexts.optional(language, "title." + intent.value()))
        .orElseGet(() -> fromId(intent));
  }

  private Optional<String> fromContentButtons(IntentId intent, Language language) {
    for (Intent candidate : knowledgeBase.intents()) {
      Optional<Answer> answer = candidate.answerIn(language);
      if (answer.isEmpty()) {
        continue;
      }
      for (Button button : answer.get().buttons()) {
        if (!button.isLink() && button.quickReply().equals(intent)) {
          return Optional.of(button.label());
        }
      }
    }
    return Optional.empty();
  }

  /** "change_address" becomes "Change address". */
  private static String fromId(IntentId intent) {
    String words = intent.value().replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
