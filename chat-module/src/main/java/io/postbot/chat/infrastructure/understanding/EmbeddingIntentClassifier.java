package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import io.postbot.chat.domain.model.understanding.IntentClassifier;
import io.postbot.chat.domain.model.understanding.Understanding;
import io.postbot.chat.infrastructure.understanding.features.EmbeddingCache;
import io.postbot.chat.infrastructure.understanding.features.ProgressListener;
import io.postbot.chat.infrastructure.understanding.language.LanguageGuesser;
import io.postbot.shared.ApplicationStarted;
import io.postbot.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bot's intent classifier: sentence embeddings (all-MiniLM-L6-v2 and bge-small-en-v1.5 run
 * in-process) plus word and character n-grams ({@link ClassifierRecipe#standard()}), with a softmax
 * head trained from the knowledge base's examples in both languages when the application starts.
 * The examples' vectors are kept in an {@link EmbeddingCache} file between starts, so only new or
 * changed examples are embedded; customers' messages never go there. {@link #retrain} rebuilds it
 * after content changes; classification keeps using the previous model until the new one is ready.
 */
@ApplicationScoped
public class EmbeddingIntentClassifier implements IntentClassifier {

  private static final Logger LOG = Logger.getLogger(EmbeddingIntentClassifier.class.getName());

  /**
   * Config key of the file that keeps the content examples' sentence vectors between starts, so
   * that a start embeds only examples it has not seen; "off" keeps none. ./postbot run puts it in
   * the data folder (POSTBOT_DATA), beside the H2 database.
   */
  public static final String EMBEDDING_CACHE_KEY = "postbot.nlu.embedding-cache";

  static final String DEFAULT_EMBEDDING_CACHE = "./data/nlu-embeddings.bin";

  private static final String WARM_UP_SENTENCE = "where is my parcel";

  private KnowledgeBase knowledgeBase;
  private ClassifierRecipe recipe;
  private double threshold;
  private Path embeddingCacheFile;
  private EmbeddingCache embeddingCache;
  private volatile TrainedUnderstanding trained;

  protected EmbeddingIntentClassifier() {}

  @Inject
  public EmbeddingIntentClassifier(
      KnowledgeBase knowledgeBase,
      @ConfigProperty(name = "postbot.nlu.oos-threshold", defaultValue = "0.6") double threshold,
      @ConfigProperty(name = EMBEDDING_CACHE_KEY, defaultValue = DEFAULT_EMBEDDING_CACHE)
          String embeddingCache) {
    this(knowledgeBase, ClassifierRecipe.standard(), threshold, cacheFile(embeddingCache));
  }

  public EmbeddingIntentClassifier(
      KnowledgeBase knowledgeBase, ClassifierRecipe recipe, double threshold) {
    this(knowledgeBase, recipe, threshold, null);
  }

  /**
   * @param embeddingCacheFile where the content examples' vectors are kept between starts (null:
   *     nowhere, every start embeds them all)
   */
  public EmbeddingIntentClassifier(
      KnowledgeBase knowledgeBase,
      ClassifierRecipe recipe,
      double threshold,
      Path embeddingCacheFile) {
    this.knowledgeBase = knowledgeBase;
    this.recipe = recipe;
    this.threshold = threshold;
    this.embeddingCacheFile = embeddingCacheFile;
  }

  /** The config value "off" (or "none") keeps no cache. */
  static Path cacheFile(String configured) {
    String value = configured == null ? "" : configured.strip();
    return value.isEmpty() || value.equalsIgnoreCase("off") || value.equalsIgnoreCase("none")
        ? null
        : Path.of(value);
  }

  /**
   * Trains at start-up, so that the first customer does not wait for it. When every example's
   * vector came from the cache the embedding models are not loaded yet: one made-up sentence (never
   * a customer's) loads them now rather than at the first customer's message.
   */
  void trainAtStartUp(@Observes ApplicationStarted started) {
    ready().understand(WARM_UP_SENTENCE, Language.EN);
  }

  @Override
  public Understanding classify(String text, Language language) {
    return ready().understand(text, language);
  }

  /** Learns the knowledge base's current content again and swaps the model in when done. */
  public void retrain() {
    retrain(knowledgeBase.intents());
  }

  /** Learns the given intents and swaps the model in when done. */
  public synchronized void retrain(Collection<Intent> intents) {
    trained = train(intents);
  }

  private TrainedUnderstanding ready() {
    TrainedUnderstanding current = trained;
    if (current == null) {
      synchronized (this) {
        if (trained == null) {
          trained = train(knowledgeBase.intents());
        }
        current = trained;
      }
    }
    return current;
  }

  private TrainedUnderstanding train(Collection<Intent> intents) {
    long started = System.nanoTime();
    List<LabelledText> examples = KnowledgeBaseExamples.of(intents);
    IntentModelTrainer trainer = recipe.trainer();
    if (embeddingCacheFile != null) {
      if (embeddingCache == null) {
        embeddingCache = EmbeddingCache.open(embeddingCacheFile);
      }
      // Only the content's examples are embedded through the cache, never a customer's message.
      trainer = trainer.withCache(embeddingCache);
    }
    IntentModel model = trainer.train(examples, ProgressListener.NONE);
    Map<Language, List<String>> samples = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      samples.put(
          language, intents.stream().flatMap(i -> i.examplesIn(language).stream()).toList());
    }
    LanguageGuesser languages = LanguageGuesser.train(samples);
    LOG.info(() ->
        String.format(
            "intent classifier trained on %d examples of %d intents in %d ms",
            examples.size(), intents.size(), (System.nanoTime() - started) / 1_000_000));
    return new TrainedUnderstanding(model, languages, threshold);
  }
}
