package io.postbot.chat.infrastructure.understanding.features;

import org.tartarus.snowball.ext.NorwegianStemmer;

/**
 * Bokmål stems (the Snowball Norwegian stemmer shipped with Lucene: pakken, pakker, pakkene to
 * pakk) with æ, ø and å folded afterwards, so that "nar apner dere" meets "når åpner dere". English
 * words pass through the same stemmer; they only lose some endings, which the other blocks keep.
 */
final class NorwegianStems {

  /** Snowball stemmers keep state between calls: one a thread. */
  private static final ThreadLocal<NorwegianStemmer> STEMMER =
      ThreadLocal.withInitial(NorwegianStemmer::new);

  private NorwegianStems() {}

  static String foldedStem(String word) {
    NorwegianStemmer stemmer = STEMMER.get();
    stemmer.setCurrent(word);
    stemmer.stem();
    return fold(stemmer.getCurrent());
  }

  static String fold(String word) {
    StringBuilder folded = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      switch (c) {
        case 'å' -> folded.append('a');
        case 'ø' -> folded.append('o');
        case 'æ' -> folded.append("ae");
        default -> folded.append(c);
      }
    }
    return folded.toString();
  }
}
