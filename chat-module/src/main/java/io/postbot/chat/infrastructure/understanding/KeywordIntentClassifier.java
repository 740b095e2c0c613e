package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import io.postbot.chat.domain.model.understanding.IntentClassifier;
import io.postbot.chat.domain.model.understanding.ScoredIntent;
import io.postbot.chat.domain.model.understanding.Understanding;
import io.postbot.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ranks intents by the share of a sentence's words found in each intent's examples. A plain
 * baseline: sentences sharing too little with every intent are out of scope.
 */
@ApplicationScoped
public class KeywordIntentClassifier implements IntentClassifier {

  private static final double THRESHOLD = 0.5;

  private final KnowledgeBase knowledgeBase;

  @Inject
  public KeywordIntentClassifier(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  @Override
  public Understanding classify(String text, Language language) {
    Set<String> words = words(text);
    List<ScoredIntent> ranking =
        knowledgeBase.intents().stream()
            .map(intent -> new ScoredIntent(intent.id(), score(words, intent, language)))
            .sorted(Comparator.comparingDouble(ScoredIntent::confidence).reversed())
            .toList();
    boolean inScope = !ranking.isEmpty() && ranking.get(0).confidence() >= THRESHOLD;
    return new Understanding(ranking, inScope);
  }

  private static double score(Set<String> words, Intent intent, Language language) {
    if (words.isEmpty()) {
      return 0;
    }
    return intent.examplesIn(language).stream()
        .mapToDouble(example -> {
          Set<String> exampleWords = words(example);
          long shared = words.stream().filter(exampleWords::contains).count();
          return (double) shared / Math.max(words.size(), exampleWords.size());
        })
        .max()
        .orElse(0);
  }

  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isBlank())
        .collect(Collectors.toSet());
  }
}
