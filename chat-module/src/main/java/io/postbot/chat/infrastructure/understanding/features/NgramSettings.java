package io.postbot.chat.infrastructure.understanding.features;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which n-grams make up a sentence's sparse vector, and how much each block weighs against the
 * sentence embeddings.
 *
 * @param minChar shortest character n-gram
 * @param maxChar longest character n-gram
 * @param minDocumentFrequency n-grams seen in fewer training sentences are dropped
 * @param wordWeight length of the word block after normalisation (0 leaves it out)
 * @param charWeight length of the character block after normalisation (0 leaves it out)
 */
public record NgramSettings(
    int minChar, int maxChar, int minDocumentFrequency, double wordWeight, double charWeight)
    implements Serializable {

  public static final NgramSettings DEFAULT = new NgramSettings(2, 5, 2, 1.0, 1.0);

  /** Counts the sentence's n-grams, keyed "w:" (word), "b:" (word pair) or "c:" (characters). */
  Map<String, Integer> grams(String sentence) {
    List<String> words = TextNormalizer.words(sentence);
    Map<String, Integer> grams = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      if (wordWeight > 0) {
        grams.merge("w:" + words.get(i), 1, Integer::sum);
        if (i + 1 < words.size()) {
          grams.merge("b:" + words.get(i) + " " + words.get(i + 1), 1, Integer::sum);
        }
      }
      if (charWeight > 0) {
        String padded = "<" + words.get(i) + ">";
        for (int n = minChar; n <= maxChar; n++) {
          for (int start = 0; start + n <= padded.length(); start++) {
            grams.merge("c:" + padded.substring(start, start + n), 1, Integer::sum);
          }
        }
      }
    }
    return grams;
  }

  static boolean isWordGram(String gram) {
    return gram.charAt(0) != 'c';
  }
}
