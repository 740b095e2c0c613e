package io.postbot.chat.domain.model.understanding;

import io.postbot.shared.Language;

/**
 * Port to the language-understanding engine: it ranks the knowledge base's intents for a customer
 * sentence and decides whether the sentence is within the bot's job at all.
 */
public interface IntentClassifier {

  Understanding classify(String text, Language language);
}
