package io.postbot.chat.infrastructure.understanding.language;

import io.postbot.chat.infrastructure.understanding.features.TextNormalizer;
import io.postbot.shared.Language;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A naive Bayes guess of a sentence's language from its words and character 1-3-grams, learnt from
 * the knowledge base's examples plus a few hundred common words per language built in. When the
 * evidence is thin (a tracking number, "ok") the conversation's language wins.
 */
public final class LanguageGuesser implements Serializable {

  /** Log-likelihood lead (in nats) a language needs over the other to overrule the hint. */
  static final double MIN_LEAD = 2.0;

  private final Map<Language, Map<String, Double>> logProbability;
  private final Map<Language, Double> unseen;

  private LanguageGuesser(
      Map<Language, Map<String, Double>> logProbability, Map<Language, Double> unseen) {
    this.logProbability = logProbability;
    this.unseen = unseen;
  }

  /** Learns from sample sentences per language (the built-in common words are always added). */
  public static LanguageGuesser train(Map<Language, List<String>> samples) {
    Map<Language, Map<String, Integer>> counts = new EnumMap<>(Language.class);
    Set<String> vocabulary = new HashSet<>();
    for (Language language : Language.values()) {
      Map<String, Integer> c = new HashMap<>();
      for (String sentence : CommonWords.of(language)) {
        grams(sentence).forEach(g -> c.merge(g, 1, Integer::sum));
      }
      for (String sentence : samples.getOrDefault(language, List.of())) {
        grams(sentence).forEach(g -> c.merge(g, 1, Integer::sum));
      }
      counts.put(language, c);
      vocabulary.addAll(c.keySet());
    }
    Map<Language, Map<String, Double>> logProbability = new EnumMap<>(Language.class);
    Map<Language, Double> unseen = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      Map<String, Integer> c = counts.get(language);
      double total = c.values().stream().mapToInt(Integer::intValue).sum() + vocabulary.size();
      Map<String, Double> lp = new HashMap<>();
      c.forEach((gram, n) -> lp.put(gram, Math.log((n + 1) / total)));
      logProbability.put(language, Map.copyOf(lp));
      unseen.put(language, Math.log(1 / total));
    }
    return new LanguageGuesser(logProbability, unseen);
  }

  private static final LanguageGuesser BUILT_IN = train(Map.of());

  /**
   * A guesser that knows only the built-in common words of each language: the same for every
   * content, so features computed with it do not depend on what the content taught.
   */
  public static LanguageGuesser builtIn() {
    return BUILT_IN;
  }

  /** By how many nats (log-likelihood) the sentence looks more like {@code a} than {@code b}. */
  public double lead(String sentence, Language a, Language b) {
    List<String> grams = grams(sentence);
    return score(grams, a) - score(grams, b);
  }

  /** The language the sentence looks like, or {@code hint} when it does not clearly show one. */
  public Language guess(String sentence, Language hint) {
    List<String> grams = grams(sentence);
    Language best = hint;
    double bestScore = score(grams, hint);
    for (Language language : Language.values()) {
      double s = score(grams, language);
      if (language != hint && s > bestScore + MIN_LEAD) {
        best = language;
        bestScore = s;
      }
    }
    return best;
  }

  private double score(List<String> grams, Language language) {
    Map<String, Double> lp = logProbability.get(language);
    double fallback = unseen.get(language);
    double score = 0;
    for (String gram : grams) {
      score += lp.getOrDefault(gram, fallback);
    }
    return score;
  }

  private static List<String> grams(String sentence) {
    List<String> grams = new java.util.ArrayList<>();
    for (String word : TextNormalizer.words(sentence)) {
      if (word.chars().allMatch(Character::isDigit)) {
        continue;
      }
      grams.add("w:" + word);
      String padded = " " + word + " ";
      for (int n = 1; n <= 3; n++) {
        for (int i = 0; i + n <= padded.length(); i++) {
          grams.add(padded.substring(i, i + n));
        }
      }
    }
    return grams;
  }
}
