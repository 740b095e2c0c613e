package io.postbot.chat.infrastructure.understanding.features;

import io.postbot.chat.infrastructure.understanding.language.LanguageGuesser;
import io.postbot.shared.Language;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How the word features read a bokmål sentence: its words through Lucene's Norwegian stemmer
 * (light: pakken, pakker, pakkene to pakk; minimal: plural and definite endings only), then with æ,
 * ø and å folded (å to a, ø to o, æ to ae), so that inflected forms and words typed without
 * diacritics share a feature. Only sentences that look Norwegian get it: the built-in common words
 * of each language ({@link LanguageGuesser#builtIn()}) must favour bokmål by at least {@code
 * minLead} nats, the same rule at training and at classification, so an English sentence keeps its
 * words as they are.
 *
 * @param stemmer {@code light} or {@code minimal} (Lucene's NorwegianLightStemFilter or
 *     NorwegianMinimalStemFilter, bokmål)
 * @param replaceWords whether a Norwegian sentence's word block holds the stems instead of the
 *     words (else the stems make a block of their own, {@link NgramSettings#stemWeight()})
 * @param fold whether æ, ø and å are folded after stemming
 * @param minLead how many nats bokmål must lead English by for a sentence to count as Norwegian
 * @param wordScale a Norwegian sentence's word block is this many times as long as an English one's
 * @param charScale a Norwegian sentence's character block is this many times as long as an English
 *     one's
 */
public record NorwegianAnalysis(
    String stemmer,
    boolean replaceWords,
    boolean fold,
    double minLead,
    double wordScale,
    double charScale,
    boolean compounds)
    implements Serializable {

  /** Shortest part of a compound that counts. */
  static final int MIN_PART = 4;

  /** No Norwegian analysis: every sentence keeps its words. */
  public static final NorwegianAnalysis OFF = new NorwegianAnalysis("off", false, false, 0);

  /** Blocks as long for Norwegian sentences as for English ones. */
  public NorwegianAnalysis(String stemmer, boolean replaceWords, boolean fold, double minLead) {
    this(stemmer, replaceWords, fold, minLead, 1, 1, false);
  }

  /**
   * Lead (nats) over English that the common words must give bokmål: on the content's training
   * examples it takes 1,772 of the 1,840 bokmål ones for Norwegian and 32 of the 1,833 English ones
   * (2 nats: 1,792 and 53), see docs/benchmarks.md.
   */
  public static final double DEFAULT_MIN_LEAD = 4.0;

  private static final Analyzer LIGHT = analyzer(true);
  private static final Analyzer MINIMAL = analyzer(false);

  public NorwegianAnalysis {
    if (!List.of("off", "light", "minimal").contains(stemmer)) {
      throw new IllegalArgumentException(
          "Norwegian stemmer: off, light or minimal, not " + stemmer);
    }
  }

  public boolean enabled() {
    return !stemmer.equals("off");
  }

  public NorwegianAnalysis withStemmer(String value) {
    return new NorwegianAnalysis(
        value, replaceWords, fold, minLead, wordScale, charScale, compounds);
  }

  public NorwegianAnalysis withFold(boolean value) {
    return new NorwegianAnalysis(
        stemmer, replaceWords, value, minLead, wordScale, charScale, compounds);
  }

  public NorwegianAnalysis withMinLead(double value) {
    return new NorwegianAnalysis(
        stemmer, replaceWords, fold, value, wordScale, charScale, compounds);
  }

  public NorwegianAnalysis withScales(double words, double chars) {
    return new NorwegianAnalysis(stemmer, replaceWords, fold, minLead, words, chars, compounds);
  }

  public NorwegianAnalysis withCompounds(boolean value) {
    return new NorwegianAnalysis(stemmer, replaceWords, fold, minLead, wordScale, charScale, value);
  }

  /**
   * The two parts of a compound stem whose parts are both in {@code lexicon} (a linking s or e
   * after the first part is dropped), the first part as short as it can be; empty when none.
   */
  static List<String> parts(String stem, Set<String> lexicon) {
    for (int cut = MIN_PART; cut + MIN_PART <= stem.length(); cut++) {
      String tail = stem.substring(cut);
      if (!lexicon.contains(tail)) {
        continue;
      }
      String head = stem.substring(0, cut);
      if (lexicon.contains(head)) {
        return List.of(head, tail);
      }
      char last = head.charAt(head.length() - 1);
      String shorter = head.substring(0, head.length() - 1);
      if ((last == 's' || last == 'e')
          && shorter.length() >= MIN_PART
          && lexicon.contains(shorter)) {
        return List.of(shorter, tail);
      }
    }
    return List.of();
  }

  /** Whether the sentence gets the Norwegian analysis. */
  public boolean applies(String sentence) {
    return enabled()
        && LanguageGuesser.builtIn().lead(sentence, Language.NB, Language.EN) >= minLead;
  }

  /** The words' stems, one a word, in order. */
  public List<String> stems(List<String> words) {
    List<String> stems = new ArrayList<>(words.size());
    Analyzer analyzer = stemmer.equals("light") ? LIGHT : MINIMAL;
    try (TokenStream tokens = analyzer.tokenStream("text", String.join(" ", words))) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        String stem = term.toString();
        stems.add(fold ? NorwegianStems.fold(stem) : stem);
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A word longer than the tokenizer's limit (255 characters) comes out in pieces: keep the
    // words.
    return stems.size() == words.size() ? stems : words;
  }

  private static Analyzer analyzer(boolean light) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new WhitespaceTokenizer();
        TokenStream stems =
            light ? new NorwegianLightStemFilter(words) : new NorwegianMinimalStemFilter(words);
        return new TokenStreamComponents(words, stems);
      }
    };
  }
}
