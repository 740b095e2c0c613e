package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.infrastructure.understanding.features.FeatureExtractor;
import io.postbot.chat.infrastructure.understanding.features.NgramSettings;
import io.postbot.chat.infrastructure.understanding.features.ProgressListener;
import io.postbot.chat.infrastructure.understanding.features.SentenceEncoder;
import io.postbot.chat.infrastructure.understanding.learning.SoftmaxModel;
import io.postbot.chat.infrastructure.understanding.learning.SoftmaxTrainer;
import io.postbot.chat.infrastructure.understanding.learning.TrainingOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns an {@link IntentModel} from labelled sentences: fits the features (embeddings of every
 * encoder, n-gram vocabulary) and trains the softmax head on them.
 */
public final class IntentModelTrainer {

  private final List<SentenceEncoder> encoders;
  private final NgramSettings ngrams;
  private final TrainingOptions options;

  public IntentModelTrainer(
      List<SentenceEncoder> encoders, NgramSettings ngrams, TrainingOptions options) {
    this.encoders = List.copyOf(encoders);
    this.ngrams = ngrams;
    this.options = options;
  }

  public IntentModel train(List<LabelledText> examples, ProgressListener progress) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("nothing to learn from: no examples");
    }
    Map<String, Integer> classes = new LinkedHashMap<>();
    examples.forEach(e -> classes.putIfAbsent(e.label(), classes.size()));
    int[] labels = examples.stream().mapToInt(e -> classes.get(e.label())).toArray();
    List<String> texts = examples.stream().map(LabelledText::text).toList();
    FeatureExtractor.Fitted fitted = FeatureExtractor.fit(texts, encoders, ngrams, progress);
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
    return new IntentModel(new ArrayList<>(classes.keySet()), fitted.extractor(), head, 1.0);
  }
}
