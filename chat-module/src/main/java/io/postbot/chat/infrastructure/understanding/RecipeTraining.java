package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.understanding.LabelledSentence;
import io.postbot.chat.domain.model.understanding.ModelTraining;
import io.postbot.chat.domain.model.understanding.TrainedModel;
import io.postbot.chat.domain.model.understanding.TrainingProgress;
import io.postbot.chat.infrastructure.understanding.features.EmbeddingCache;
import io.postbot.chat.infrastructure.understanding.features.ProgressListener;
import io.postbot.chat.infrastructure.understanding.language.LanguageGuesser;
import io.postbot.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Trains intent models with the classifier's recipe ({@link ClassifierRecipe#standard()}) through
 * its one training entry point ({@link IntentModelTrainer#train}); the content examples' vectors
 * come from and go to the embedding cache (postbot.nlu.embedding-cache), never a customer's text.
 * Reads back models saved by {@link SavedModels}. The bot's own instance first looks for the model
 * the build trained on the same examples ({@link ShippedModels}), so a first start trains nothing,
 * and starts an empty embedding cache from the vectors the build shipped with it.
 */
@ApplicationScoped
public class RecipeTraining implements ModelTraining {

  private static final Logger LOG = Logger.getLogger(RecipeTraining.class.getName());

  private ClassifierRecipe recipe;
  private double threshold;
  private Path cacheFile;
  private EmbeddingCache cache;
  private TrainedModelFiles modelFiles;
  private ShippedModels shipped;

  protected RecipeTraining() {}

  @Inject
  public RecipeTraining(
      @ConfigProperty(
              name = "postbot.nlu.oos-threshold",
              defaultValue = ClassifierRecipe.DEFAULT_THRESHOLD_TEXT)
          double threshold,
      @ConfigProperty(
              name = EmbeddingIntentClassifier.EMBEDDING_CACHE_KEY,
              defaultValue = EmbeddingIntentClassifier.DEFAULT_EMBEDDING_CACHE)
          String embeddingCache,
      @ConfigProperty(name = TrainedModelFiles.KEY, defaultValue = "off") String modelCache) {
    this(
        ClassifierRecipe.standard(),
        threshold,
        EmbeddingIntentClassifier.cacheFile(embeddingCache));
    this.modelFiles = TrainedModelFiles.at(modelCache).orElse(null);
    // Only the bot's recipe: the key names a recipe by its features, and tests, the evaluation and
    // the benchmarks train recipes of the same features with other settings.
    this.shipped = ShippedModels.onClassPath();
  }

  /**
   * @param cacheFile where the content examples' vectors are kept (null: nowhere)
   */
  public RecipeTraining(ClassifierRecipe recipe, double threshold, Path cacheFile) {
    this.recipe = recipe;
    this.threshold = threshold;
    this.cacheFile = cacheFile;
  }

  @Override
  public String recipe() {
    return recipe.features();
  }

  /** Keeps trained models as files too (see {@link TrainedModelFiles}); null keeps none. */
  RecipeTraining keepingModelsIn(TrainedModelFiles files) {
    this.modelFiles = files;
    return this;
  }

  /** Reads the models the build shipped (see {@link ShippedModels}); null reads none. */
  RecipeTraining readingShippedModels(ShippedModels models) {
    this.shipped = models;
    return this;
  }

  @Override
  public TrainedModel train(List<LabelledSentence> examples, TrainingProgress progress) {
    if (shipped == null && modelFiles == null) {
      return trainNow(examples, progress);
    }
    String key = TrainedModelFiles.key(recipe.features(), examples);
    Optional<TrainedModel> saved = readSaved(key, examples.size());
    if (saved.isPresent()) {
      return saved.get();
    }
    TrainedModel trained = trainNow(examples, progress);
    if (modelFiles != null) {
      modelFiles.write(key, trained.save());
    }
    return trained;
  }

  /** The model already trained on these examples: the one the build shipped, else the cache's. */
  private Optional<TrainedModel> readSaved(String key, int examples) {
    Optional<TrainedModel> built =
        shipped == null ? Optional.empty() : shipped.read(key).flatMap(this::load);
    if (built.isPresent()) {
      LOG.info(() -> "intent classifier read from the shipped model (" + examples + " examples)");
      return built;
    }
    Optional<TrainedModel> kept =
        modelFiles == null ? Optional.empty() : modelFiles.read(key).flatMap(this::load);
    kept.ifPresent(
        m -> LOG.info(() -> "intent classifier read from the model cache (" + examples + ")"));
    return kept;
  }

  private TrainedModel trainNow(List<LabelledSentence> examples, TrainingProgress progress) {
    List<LabelledText> labelled = new ArrayList<>();
    Map<Language, List<String>> samples = new EnumMap<>(Language.class);
    for (LabelledSentence e : examples) {
      labelled.add(
          new LabelledText(
              e.intent().equals(IntentId.OUT_OF_SCOPE)
                  ? LabelledText.OUT_OF_SCOPE
                  : e.intent().value(),
              e.text()));
      samples.computeIfAbsent(e.language(), l -> new ArrayList<>()).add(e.text());
    }
    return new RecipeModel(train(labelled, samples, progress::update), recipe.features());
  }

  /** Trains on labelled sentences; {@code samples} teach the language guesser. */
  synchronized TrainedUnderstanding train(
      List<LabelledText> examples, Map<Language, List<String>> samples, ProgressListener progress) {
    long started = System.nanoTime();
    IntentModelTrainer trainer = recipe.trainer();
    if (cacheFile != null) {
      if (cache == null) {
        cache = EmbeddingCache.open(cacheFile, shipped == null ? null : shipped::vectors);
      }
      // Only the training examples are embedded through the cache, never a customer's message.
      trainer = trainer.withCache(cache);
    }
    IntentModel model = trainer.train(examples, progress);
    LanguageGuesser languages = LanguageGuesser.train(samples);
    LOG.info(() ->
        String.format(
            "intent classifier trained on %d examples in %d ms",
            examples.size(), (System.nanoTime() - started) / 1_000_000));
    return new TrainedUnderstanding(model, languages, threshold);
  }

  @Override
  public Optional<TrainedModel> load(byte[] saved) {
    return SavedModels.read(saved, recipe.features())
        .map(u -> new RecipeModel(u.withThreshold(threshold), recipe.features()));
  }
}
