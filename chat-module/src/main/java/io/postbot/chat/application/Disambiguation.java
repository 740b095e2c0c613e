package io.postbot.chat.application;

import io.postbot.chat.domain.model.conversation.Conversation;
import io.postbot.chat.domain.model.knowledge.Button;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import java.util.List;

/**
 * When two intents fit a message about equally well, the bot asks which was meant, with one
 * quick-reply button per candidate; the customer's click answers that intent directly.
 */
final class Disambiguation {

  /** The pseudo-intent of the clarifying question itself. */
  static final IntentId CLARIFICATION = new IntentId("clarification");

  static final int MAX_CHOICES = 3;

  private final IntentTitles titles;

  Disambiguation(KnowledgeBase knowledgeBase) {
    this.titles = new IntentTitles(knowledgeBase);
  }

  /** The candidates worth offering: known intents, never "out of scope", a few at most. */
  static List<IntentId> choices(List<IntentId> candidates) {
    return candidates.stream()
        .filter(intent -> !intent.equals(IntentId.OUT_OF_SCOPE))
        .distinct()
        .limit(MAX_CHOICES)
        .toList();
  }

  BotReply ask(Conversation conversation, List<IntentId> choices) {
    List<Button> buttons =
        choices.stream()
            .map(intent -> Button.quickReply(titles.title(intent, conversation.language()), intent))
            .toList();
    return BotReply.withButtons(
        CLARIFICATION, BotTexts.text(conversation.language(), "clarify.question"), buttons);
  }
}
