package io.postbot.chat.infrastructure.understanding.eval;

import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.infrastructure.content.ContentLoader;
import io.postbot.chat.infrastructure.understanding.LabelledText;
import io.postbot.chat.infrastructure.understanding.language.LanguageGuesser;
import io.postbot.shared.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which language the bot answers test sentences in: its language guesser, trained on the shipped
 * content's examples as the bot trains it, given the conversation's language as the hint.
 */
final class ContentLanguages {

  private ContentLanguages() {}

  /**
   * The share of sentences guessed as {@code --language} in a {@code --conversation-language} chat.
   */
  static double accuracy(List<LabelledText> sentences, EvalArguments a) {
    Map<Language, List<String>> samples = new EnumMap<>(Language.class);
    for (Intent intent : new ContentLoader(ContentLanguages.class.getClassLoader()).load()) {
      for (Language language : Language.values()) {
        samples
            .computeIfAbsent(language, l -> new ArrayList<>())
            .addAll(intent.examplesIn(language));
      }
    }
    LanguageGuesser guesser = LanguageGuesser.train(samples);
    long right =
        sentences.stream()
            .filter(s -> guesser.guess(s.text(), a.conversationLanguage()) == a.language())
            .count();
    return sentences.isEmpty() ? 0 : (double) right / sentences.size();
  }
}
