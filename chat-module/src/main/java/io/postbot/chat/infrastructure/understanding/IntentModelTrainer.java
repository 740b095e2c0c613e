package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.infrastructure.understanding.features.CachingSentenceEncoder;
import io.postbot.chat.infrastructure.understanding.features.EmbeddingCache;
import io.postbot.chat.infrastructure.understanding.features.FeatureExtractor;
import io.postbot.chat.infrastructure.understanding.features.FeatureMatrix;
import io.postbot.chat.infrastructure.understanding.features.NgramSettings;
import io.postbot.chat.infrastructure.understanding.features.ProgressListener;
import io.postbot.chat.infrastructure.understanding.features.SentenceEncoder;
import io.postbot.chat.infrastructure.understanding.learning.NearestExamples;
import io.postbot.chat.infrastructure.understanding.learning.NeighbourVote;
import io.postbot.chat.infrastructure.understanding.learning.NoveltySettings;
import io.postbot.chat.infrastructure.understanding.learning.SoftmaxModel;
import io.postbot.chat.infrastructure.understanding.learning.SoftmaxTrainer;
import io.postbot.chat.infrastructure.understanding.learning.TrainingOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * Learns an {@link IntentModel} from labelled sentences: fits the features (embeddings of every
 * encoder, n-gram vocabulary) and trains the softmax head on them.
 */
public final class IntentModelTrainer {

  private static final Logger LOG = Logger.getLogger(IntentModelTrainer.class.getName());

  private final List<SentenceEncoder> encoders;
  private final NgramSettings ngrams;
  private final TrainingOptions options;
  private final NoveltySettings novelty;
  private final NeighbourVote vote;
  private final EmbeddingCache cache;

  public IntentModelTrainer(
      List<SentenceEncoder> encoders,
      NgramSettings ngrams,
      TrainingOptions options,
      NoveltySettings novelty) {
    this(encoders, ngrams, options, novelty, NeighbourVote.OFF, null);
  }

  public IntentModelTrainer(
      List<SentenceEncoder> encoders,
      NgramSettings ngrams,
      TrainingOptions options,
      NoveltySettings novelty,
      NeighbourVote vote) {
    this(encoders, ngrams, options, novelty, vote, null);
  }

  private IntentModelTrainer(
      List<SentenceEncoder> encoders,
      NgramSettings ngrams,
      TrainingOptions options,
      NoveltySettings novelty,
      NeighbourVote vote,
      EmbeddingCache cache) {
    this.vote = vote;
    this.encoders = List.copyOf(encoders);
    this.ngrams = ngrams;
    this.options = options;
    this.novelty = novelty;
    this.cache = cache;
  }

  /**
   * The same trainer, but the training examples' vectors are looked up in and added to {@code
   * cache}, which afterwards holds exactly the vectors of the last training set and is saved. Only
   * the training examples go there: the trained model embeds the sentences it classifies with the
   * plain encoders, so a customer's message never reaches the cache.
   */
  public IntentModelTrainer withCache(EmbeddingCache cache) {
    return new IntentModelTrainer(encoders, ngrams, options, novelty, vote, cache);
  }

  public IntentModel train(List<LabelledText> examples, ProgressListener progress) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("nothing to learn from: no examples");
    }
    Map<String, Integer> classes = new LinkedHashMap<>();
    examples.forEach(e -> classes.putIfAbsent(e.label(), classes.size()));
    int[] labels = examples.stream().mapToInt(e -> classes.get(e.label())).toArray();
    List<String> texts = examples.stream().map(LabelledText::text).toList();
    FeatureExtractor.Fitted fitted;
    if (cache == null) {
      fitted = FeatureExtractor.fit(texts, encoders, ngrams, progress);
    } else {
      List<SentenceEncoder> cached = new ArrayList<>();
      for (SentenceEncoder encoder : encoders) {
        cached.add(new CachingSentenceEncoder(encoder, cache, false));
      }
      fitted = FeatureExtractor.fit(texts, encoders, cached, ngrams, progress);
      cache.retain(encoders.stream().map(SentenceEncoder::modelId).toList(), texts);
      try {
        cache.save();
      } catch (IOException | RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "cannot write the embedding cache " + cache.file() + ": " + e.getClass().getName(),
            e);
      }
    }
    SoftmaxTrainer trainer = new SoftmaxTrainer(options);
    float[] classWeight = new float[classes.size()];
    classes.forEach((label, c) ->
        classWeight[c] =
            label.equals(LabelledText.OUT_OF_SCOPE) ? (float) options.outOfScopeWeight() : 1f);
    SoftmaxModel head =
        trainer.train(
            fitted.features(),
            labels,
            classes.size(),
            fitted.extractor().sparseWidth(),
            classWeight,
            (epoch, model) -> progress.update("training", epoch, options.epochs()));
    NearestExamples nearest = null;
    if (novelty.enabled() || vote.enabled()) {
      int oos = classes.getOrDefault(LabelledText.OUT_OF_SCOPE, -1);
      int[] inScope = IntStream.range(0, labels.length).filter(i -> labels[i] != oos).toArray();
      FeatureMatrix kept = fitted.features().select(inScope);
      int[] keptClasses = IntStream.of(inScope).map(i -> labels[i]).toArray();
      nearest =
          NearestExamples.of(kept.dense(), novelty.ngrams() ? kept.sparse() : null, keptClasses);
    }
    return new IntentModel(
        new ArrayList<>(classes.keySet()),
        fitted.extractor(),
        head,
        1.0,
        nearest,
        novelty,
        ClassifierRecipe.READS_TWO_TOPICS,
        vote);
  }
}
