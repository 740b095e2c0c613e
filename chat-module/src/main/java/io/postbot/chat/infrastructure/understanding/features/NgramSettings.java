package io.postbot.chat.infrastructure.understanding.features;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * @param norwegian how the words of a sentence that looks Norwegian are analysed (stems, folded
 *     letters) for the word block, or for the stem block in place of the Snowball stems
 */
public record NgramSettings(
    int minChar,
    int maxChar,
    int minDocumentFrequency,
    double wordWeight,
    double charWeight,
    double stemWeight,
    boolean fold,
    NorwegianAnalysis norwegian)
    implements Serializable {

  public NgramSettings {
    norwegian = norwegian == null ? NorwegianAnalysis.OFF : norwegian;
  }

  public NgramSettings(
      int minChar,
      int maxChar,
      int minDocumentFrequency,
      double wordWeight,
      double charWeight,
      double stemWeight,
      boolean fold) {
    this(
        minChar,
        maxChar,
        minDocumentFrequency,
        wordWeight,
        charWeight,
        stemWeight,
        fold,
        NorwegianAnalysis.OFF);
  }

  public static final NgramSettings DEFAULT = new NgramSettings(2, 5, 2, 1.0, 1.0);

  /** Words and characters only, nothing stemmed or folded. */
  public NgramSettings(
      int minChar, int maxChar, int minDocumentFrequency, double wordWeight, double charWeight) {
    this(minChar, maxChar, minDocumentFrequency, wordWeight, charWeight, 0, false);
  }

  public NgramSettings withStems(double weight, boolean folded) {
    return new NgramSettings(
        minChar, maxChar, minDocumentFrequency, wordWeight, charWeight, weight, folded, norwegian);
  }

  /** The same settings with another analysis of Norwegian sentences. */
  public NgramSettings withNorwegian(NorwegianAnalysis value) {
    return new NgramSettings(
        minChar, maxChar, minDocumentFrequency, wordWeight, charWeight, stemWeight, fold, value);
  }

  /**
   * Counts the sentence's n-grams, keyed "w:" (word), "b:" (word pair), "c:" (characters), "s:"
   * (stem) or "t:" (stem pair).
   */
  Map<String, Integer> grams(String sentence) {
    return grams(sentence, Set.of());
  }

  /**
   * The sentence's n-grams; {@code lexicon}: the stems of the training sentences' Norwegian words,
   * whose compounds give their parts as words too ({@link NorwegianAnalysis#compounds()}).
   */
  Map<String, Integer> grams(String sentence, Set<String> lexicon) {
    List<String> words = TextNormalizer.words(sentence);
    List<String> norwegianStems =
        norwegian.applies(sentence) && !words.isEmpty() ? norwegian.stems(words) : null;
    List<String> wordTerms =
        norwegianStems != null && norwegian.replaceWords() ? norwegianStems : words;
    Map<String, Integer> grams = new HashMap<>();
    String previousStem = null;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (wordWeight > 0) {
        String term = wordTerms.get(i);
        grams.merge("w:" + term, 1, Integer::sum);
        if (i + 1 < words.size()) {
          grams.merge("b:" + term + " " + wordTerms.get(i + 1), 1, Integer::sum);
        }
      }
      // With a Norwegian analysis the stem block holds its stems, and only Norwegian sentences'.
      boolean stemBlock =
          stemWeight > 0
              && (!norwegian.enabled() || (norwegianStems != null && !norwegian.replaceWords()));
      if (stemBlock) {
        String stem = norwegian.enabled() ? norwegianStems.get(i) : NorwegianStems.foldedStem(word);
        grams.merge("s:" + stem, 1, Integer::sum);
        if (previousStem != null) {
          grams.merge("t:" + previousStem + " " + stem, 1, Integer::sum);
        }
        previousStem = stem;
      }
      if (wordWeight > 0 && norwegianStems != null && norwegian.compounds()) {
        for (String part : NorwegianAnalysis.parts(norwegianStems.get(i), lexicon)) {
          grams.merge("w:" + part, 1, Integer::sum);
        }
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

  /** The stems of the sentences' Norwegian words (for compounds), or none when not needed. */
  Set<String> lexicon(List<String> sentences) {
    if (!norwegian.compounds() || wordWeight <= 0) {
      return Set.of();
    }
    Set<String> lexicon = new HashSet<>();
    for (String sentence : sentences) {
      List<String> words = TextNormalizer.words(sentence);
      if (!words.isEmpty() && norwegian.applies(sentence)) {
        for (String stem : norwegian.stems(words)) {
          if (stem.length() >= NorwegianAnalysis.MIN_PART) {
            lexicon.add(stem);
          }
        }
      }
    }
    return Set.copyOf(lexicon);
  }

  /** The block's length in a sentence that looks Norwegian or not. */
  double blockWeight(int block, boolean norwegianSentence) {
    double w = blockWeight(block);
    if (!norwegianSentence) {
      return w;
    }
    return switch (block) {
      case 1 -> w * norwegian.charScale();
      case 0 -> w * norwegian.wordScale();
      default -> w;
    };
  }

  /** Whether the blocks of this sentence are weighed as a Norwegian sentence's. */
  boolean scalesNorwegian(String sentence) {
    return (norwegian.wordScale() != 1 || norwegian.charScale() != 1)
        && norwegian.applies(sentence);
  }
}
