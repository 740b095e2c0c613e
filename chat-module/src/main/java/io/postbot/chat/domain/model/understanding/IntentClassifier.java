package io.postbot.chat.domain.model.understanding;

import io.postbot.shared.Language;

/**
 * Port to the language-understanding engine: it ranks the knowledge base's intents for a customer
 * sentence, decides whether the sentence is within the bot's job at all, and says which language
 * the sentence looks like (a customer may switch language mid-conversation).
 */
public interface IntentClassifier {

  /**
   * Understands one customer sentence.
   *
   * @param text what the customer wrote
   * @param language the conversation's language; a hint, used when the sentence itself does not
   *     show its language clearly
   */
  Understanding classify(String text, Language language);
}
