package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.domain.model.knowledge.Intent;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import io.postbot.chat.domain.model.knowledge.KnowledgeExamples;
import io.postbot.chat.domain.model.understanding.ActiveModel;
import io.postbot.chat.domain.model.understanding.IntentClassifier;
import io.postbot.chat.domain.model.understanding.LabelledSentence;
import io.postbot.chat.domain.model.understanding.TrainedModel;
import io.postbot.chat.domain.model.understanding.TrainingProgress;
import io.postbot.chat.domain.model.understanding.Understanding;
import io.postbot.chat.infrastructure.understanding.features.EmbeddingCache;
import io.postbot.shared.ApplicationStarted;
import io.postbot.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The bot's intent classifier: sentence embeddings (all-MiniLM-L6-v2 and bge-small-en-v1.5 run
 * in-process) plus word and character n-grams ({@link ClassifierRecipe#standard()}), with a softmax
 * head. It answers with the active model version that the chat context's start-up and model
 * administration put in use ({@link #use}); until one is, it trains one from the knowledge base
 * itself (tests, tools, a server whose first version another server trains), through the same
 * training, so that the shipped content reads the model the build shipped. The examples' vectors
 * are kept in an {@link EmbeddingCache} file between starts, so only new or changed examples are
 * embedded; customers' messages never go there. {@link #retrain} rebuilds it after content changes;
 * classification keeps using the previous model until the new one is ready.
 */
@ApplicationScoped
public class EmbeddingIntentClassifier implements IntentClassifier, ActiveModel {

  /**
   * Config key of the file that keeps the content examples' sentence vectors between starts, so
   * that a start embeds only examples it has not seen; "off" keeps none. ./postbot run puts it in
   * the data folder (POSTBOT_DATA), beside the H2 database.
   */
  public static final String EMBEDDING_CACHE_KEY = "postbot.nlu.embedding-cache";

  static final String DEFAULT_EMBEDDING_CACHE = "./data/nlu-embeddings.bin";

  private static final String WARM_UP_SENTENCE = "where is my parcel";

  private KnowledgeBase knowledgeBase;
  private RecipeTraining training;
  private volatile Installed trained;

  /** The model in use and its version (0 for one trained here from the knowledge base). */
  private record Installed(TrainedUnderstanding understanding, RecipeModel model, int version) {}

  protected EmbeddingIntentClassifier() {}

  @Inject
  public EmbeddingIntentClassifier(KnowledgeBase knowledgeBase, RecipeTraining training) {
    this.knowledgeBase = knowledgeBase;
    this.training = training;
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
    this(knowledgeBase, new RecipeTraining(recipe, threshold, embeddingCacheFile));
  }

  /** The config value "off" (or "none") keeps no cache. */
  static Path cacheFile(String configured) {
    String value = configured == null ? "" : configured.strip();
    return value.isEmpty() || value.equalsIgnoreCase("off") || value.equalsIgnoreCase("none")
        ? null
        : Path.of(value);
  }

  /**
   * After the start-up put the active model in use, one made-up sentence (never a customer's) loads
   * the embedding models, so the first customer does not wait for them.
   */
  void warmUpAtStartUp(@Observes ApplicationStarted started) {
    ready().understanding().understand(WARM_UP_SENTENCE, Language.EN);
  }

  @Override
  public Understanding classify(String text, Language language) {
    return ready().understanding().understand(text, language);
  }

  @Override
  public void use(TrainedModel model, int version) {
    if (!(model instanceof RecipeModel recipeModel)) {
      throw new IllegalArgumentException("a model of this classifier's recipe is needed");
    }
    trained = new Installed(recipeModel.understanding(), recipeModel, version);
  }

  @Override
  public Optional<Integer> version() {
    Installed current = trained;
    return current == null || current.version() == 0
        ? Optional.empty()
        : Optional.of(current.version());
  }

  @Override
  public Optional<TrainedModel> model() {
    return Optional.ofNullable(trained).map(Installed::model);
  }

  /** Learns the knowledge base's current content again and swaps the model in when done. */
  public void retrain() {
    retrain(knowledgeBase.intents());
  }

  /** Learns the given intents and swaps the model in when done. */
  public synchronized void retrain(Collection<Intent> intents) {
    trained = train(intents);
  }

  private Installed ready() {
    Installed current = trained;
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

  private Installed train(Collection<Intent> intents) {
    // The examples as a model version's training lists them (TrainingData), so that the shipped
    // content finds the model the build shipped, or the model cache's, like a first start does.
    List<LabelledSentence> examples =
        KnowledgeExamples.of(intents).stream().map(LabelledSentence::of).toList();
    RecipeModel model = (RecipeModel) training.train(examples, TrainingProgress.NONE);
    return new Installed(model.understanding(), model, 0);
  }
}
