package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.infrastructure.understanding.features.NgramSettings;
import io.postbot.chat.infrastructure.understanding.features.NorwegianAnalysis;
import io.postbot.chat.infrastructure.understanding.features.OnnxSentenceEncoder;
import io.postbot.chat.infrastructure.understanding.features.SentenceEncoder;
import io.postbot.chat.infrastructure.understanding.learning.NeighbourVote;
import io.postbot.chat.infrastructure.understanding.learning.NoveltySettings;
import io.postbot.chat.infrastructure.understanding.learning.TrainingOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Which features and training settings make the classifier: the bot and the evaluation command
 * build it from the same recipe, so that the figures measured are the bot's.
 *
 * @param features the feature names, e.g. {@code minilm,bge,words,chars}
 * @param novelty how distance to the nearest training examples lowers the confidence
 * @param vote how the nearest training examples vote on the intent
 */
public record ClassifierRecipe(
    String features,
    List<SentenceEncoder> encoders,
    NgramSettings ngrams,
    TrainingOptions options,
    NoveltySettings novelty,
    NeighbourVote vote) {

  /**
   * The bot's features: MiniLM and bge-small sentence embeddings plus word and character n-grams
   * (chosen on the calibration splits, see docs/benchmarks.md), the words of a Norwegian sentence
   * read as bokmål stems with compounds split ({@code nbwords}, {@link #STANDARD_NORWEGIAN}). bge
   * is about four times slower to embed than MiniLM; the bot's embedding cache
   * (postbot.nlu.embedding-cache) spares that work at every start but the first.
   */
  public static final String STANDARD_FEATURES = "minilm,bge,words,chars,nbwords";

  /**
   * How {@code nbwords} reads a sentence that looks Norwegian: Lucene's light bokmål stemmer, æ, ø
   * and å folded, a compound of two known stems also gives its parts; its blocks weigh as an
   * English sentence's. Chosen on the content's Norwegian validation split and five folds of its
   * examples, not worse on the English ones, CLINC150 calibration and BANKING77 tuning (see
   * docs/benchmarks.md). {@code nbstems} puts the stems in a block of their own instead.
   */
  public static final NorwegianAnalysis STANDARD_NORWEGIAN =
      new NorwegianAnalysis("light", true, true, NorwegianAnalysis.DEFAULT_MIN_LEAD)
          .withCompounds(true);

  /**
   * Length of the word block and of the character block when sentence embeddings are present (the
   * embeddings' block has length about one): half, so that the embeddings lead (chosen on the
   * calibration splits, see docs/benchmarks.md). Without embeddings the blocks keep length one.
   */
  public static final double NGRAM_WEIGHT_WITH_EMBEDDINGS = 0.5;

  /**
   * Out-of-scope threshold on the confidence (the best intent's probability lowered by the distance
   * to the nearest examples, {@link #STANDARD_NOVELTY}) when no validation data chose one: between
   * what nlu-eval's rule picks on the content's English (-0.74) and Norwegian (-1.01) validation
   * sets, see docs/benchmarks.md. Override in the bot with the config key
   * postbot.nlu.oos-threshold.
   */
  public static final String DEFAULT_THRESHOLD_TEXT = "-0.87";

  public static final double DEFAULT_THRESHOLD = Double.parseDouble(DEFAULT_THRESHOLD_TEXT);

  /**
   * How distance to the nearest training examples lowers the confidence: three times one minus the
   * mean cosine to the five nearest in-scope examples (embeddings), chosen on the CLINC150
   * calibration split without out-of-scope training data, as the bot's content has none (see
   * docs/benchmarks.md). Costs about 1 ms a sentence on the content's 3,500 examples.
   */
  public static final NoveltySettings STANDARD_NOVELTY = new NoveltySettings(5, 3.0);

  /**
   * Whether long messages are also read in parts so that one about two topics makes the bot ask
   * which ({@link TopicSplitter}); see docs/benchmarks.md for what it costs on BANKING77.
   */
  public static final boolean READS_TWO_TOPICS = false;

  private static final Set<String> KNOWN =
      Set.of(
          "minilm", "bge", "e5", "words", "chars", "ngrams", "stems", "fold", "nbwords", "nbstems");

  /** A recipe whose nearest examples do not vote on the intent. */
  public ClassifierRecipe(
      String features,
      List<SentenceEncoder> encoders,
      NgramSettings ngrams,
      TrainingOptions options,
      NoveltySettings novelty) {
    this(features, encoders, ngrams, options, novelty, NeighbourVote.OFF);
  }

  /** A recipe that measures no distances to the training examples. */
  public ClassifierRecipe(
      String features,
      List<SentenceEncoder> encoders,
      NgramSettings ngrams,
      TrainingOptions options) {
    this(features, encoders, ngrams, options, NoveltySettings.OFF);
  }

  public static ClassifierRecipe standard() {
    return of(STANDARD_FEATURES, TrainingOptions.DEFAULT, e -> e);
  }

  /**
   * Word and character n-grams only: no embedding model to load, trains in about a second. For
   * tests of code around the classifier, and as a fallback where ONNX Runtime cannot run.
   */
  public static ClassifierRecipe ngramsOnly() {
    return of("words,chars", TrainingOptions.DEFAULT.withEpochs(5), e -> e);
  }

  /**
   * A recipe from a comma-separated feature list; {@code wrap} may decorate each encoder (the
   * evaluation command adds a cache).
   */
  public static ClassifierRecipe of(
      String features, TrainingOptions options, UnaryOperator<SentenceEncoder> wrap) {
    List<String> names = List.of(features.split(","));
    for (String name : names) {
      if (!KNOWN.contains(name)) {
        throw new IllegalArgumentException("unknown feature '" + name + "' (use " + KNOWN + ")");
      }
    }
    List<SentenceEncoder> encoders = new ArrayList<>();
    if (names.contains("minilm")) {
      encoders.add(wrap.apply(OnnxSentenceEncoder.miniLm()));
    }
    if (names.contains("bge")) {
      encoders.add(wrap.apply(OnnxSentenceEncoder.bgeSmall()));
    }
    if (names.contains("e5")) {
      encoders.add(wrap.apply(OnnxSentenceEncoder.e5Small()));
    }
    boolean all = names.contains("ngrams");
    NgramSettings d = NgramSettings.DEFAULT;
    double word = encoders.isEmpty() ? d.wordWeight() : NGRAM_WEIGHT_WITH_EMBEDDINGS;
    double chars = encoders.isEmpty() ? d.charWeight() : NGRAM_WEIGHT_WITH_EMBEDDINGS;
    NgramSettings ngrams =
        new NgramSettings(
            d.minChar(),
            d.maxChar(),
            d.minDocumentFrequency(),
            all || names.contains("words") ? word : 0,
            all || names.contains("chars") ? chars : 0,
            names.contains("stems") || names.contains("nbstems") ? word : 0,
            names.contains("fold"),
            norwegian(names));
    return new ClassifierRecipe(
        features,
        encoders,
        ngrams,
        options,
        encoders.isEmpty() ? NoveltySettings.OFF : STANDARD_NOVELTY);
  }

  /**
   * nbwords: a Norwegian sentence's word block holds its light stems with æ, ø, å folded and the
   * parts of its compounds; nbstems: the stems make a block of their own (Norwegian sentences only,
   * in place of the Snowball stems), the compounds' parts stay in the word block.
   */
  private static NorwegianAnalysis norwegian(List<String> names) {
    if (names.contains("nbwords") && names.contains("nbstems")) {
      throw new IllegalArgumentException("nbwords or nbstems, not both");
    }
    if (!names.contains("nbwords") && !names.contains("nbstems")) {
      return NorwegianAnalysis.OFF;
    }
    return names.contains("nbwords")
        ? STANDARD_NORWEGIAN
        : new NorwegianAnalysis("light", false, true, NorwegianAnalysis.DEFAULT_MIN_LEAD)
            .withCompounds(true);
  }

  /** The same recipe with another analysis of Norwegian sentences' words. */
  public ClassifierRecipe withNorwegian(NorwegianAnalysis value) {
    return new ClassifierRecipe(
        features, encoders, ngrams.withNorwegian(value), options, novelty, vote);
  }

  /**
   * The same recipe with other lengths for the word, character and stem blocks (the embeddings'
   * block has length about one); a block left out of the features stays out.
   */
  public ClassifierRecipe withNgramWeights(double word, double chars, double stems) {
    NgramSettings n =
        new NgramSettings(
            ngrams.minChar(),
            ngrams.maxChar(),
            ngrams.minDocumentFrequency(),
            ngrams.wordWeight() > 0 ? word : 0,
            ngrams.charWeight() > 0 ? chars : 0,
            ngrams.stemWeight() > 0 ? stems : 0,
            ngrams.fold(),
            ngrams.norwegian());
    return new ClassifierRecipe(features, encoders, n, options, novelty, vote);
  }

  /** The same recipe with other novelty settings. */
  public ClassifierRecipe withNovelty(NoveltySettings value) {
    return new ClassifierRecipe(features, encoders, ngrams, options, value, vote);
  }

  /** The same recipe with another vote of the nearest examples. */
  public ClassifierRecipe withVote(NeighbourVote value) {
    return new ClassifierRecipe(features, encoders, ngrams, options, novelty, value);
  }

  public IntentModelTrainer trainer() {
    return new IntentModelTrainer(encoders, ngrams, options, novelty, vote);
  }
}
