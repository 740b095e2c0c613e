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
 * @param stemWeight length of the block of stemmed words and word pairs (bokmål stemmer, letters
 *     folded: å to a, ø to o, æ to ae), so that inflected forms and words typed without diacritics
 *     meet (0 leaves it out)
 * @param fold whether a word with æ, ø or å also gives the character n-grams of its folded form
 */
public record NgramSettings(
    int minChar,
    int maxChar,
    int minDocumentFrequency,
    double wordWeight,
    double charWeight,
    double stemWeight,
    boolean fold)
    implements Serializable {

  public static final NgramSettings DEFAULT = new NgramSettings(2, 5, 2, 1.0, 1.0);

  /** Words and characters only, nothing stemmed or folded. */
  public NgramSettings(
      int minChar, int maxChar, int minDocumentFrequency, double wordWeight, double charWeight) {
    this(minChar, maxChar, minDocumentFrequency, wordWeight, charWeight, 0, false);
  }

  public NgramSettings withStems(double weight, boolean folded) {
    return new NgramSettings(
        minChar, maxChar, minDocumentFrequency, wordWeight, charWeight, weight, folded);
  }

  /**
   * Counts the sentence's n-grams, keyed "w:" (word), "b:" (word pair), "c:" (characters), "s:"
   * (stem) or "t:" (stem pair).
   */
  Map<String, Integer> grams(String sentence) {
    List<String> words = TextNormalizer.words(sentence);
    Map<String, Integer> grams = new HashMap<>();
    String previousStem = null;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (wordWeight > 0) {
        grams.merge("w:" + word, 1, Integer::sum);
        if (i + 1 < words.size()) {
          grams.merge("b:" + word + " " + words.get(i + 1), 1, Integer::sum);
        }
      }
      if (stemWeight > 0) {
        String stem = NorwegianStems.foldedStem(word);
        grams.merge("s:" + stem, 1, Integer::sum);
        if (previousStem != null) {
          grams.merge("t:" + previousStem + " " + stem, 1, Integer::sum);
        }
        previousStem = stem;
      }
      if (charWeight > 0) {
        charGrams(word, grams);
        if (fold) {
          String folded = NorwegianStems.fold(word);
          if (!folded.equals(word)) {
            charGrams(folded, grams);
          }
        }
      }
    }
    return grams;
  }

  private void charGrams(String word, Map<String, Integer> grams) {
    String padded = "<" + word + ">";
    for (int n = minChar; n <= maxChar; n++) {
      for (int start = 0; start + n <= padded.length(); start++) {
        grams.merge("c:" + padded.substring(start, start + n), 1, Integer::sum);
      }
    }
  }

  /** Which block a gram belongs to: 0 words, 1 characters, 2 stems. */
  static int block(String gram) {
    return switch (gram.charAt(0)) {
      case 'c' -> 1;
      case 's', 't' -> 2;
      default -> 0;
    };
  }

  double blockWeight(int block) {
    return switch (block) {
      case 1 -> charWeight;
      case 2 -> stemWeight;
      default -> wordWeight;
    };
  }
}
