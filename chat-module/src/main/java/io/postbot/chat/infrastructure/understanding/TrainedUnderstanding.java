package io.postbot.chat.infrastructure.understanding;

import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.understanding.ScoredIntent;
import io.postbot.chat.domain.model.understanding.Understanding;
import io.postbot.chat.infrastructure.understanding.features.ProgressListener;
import io.postbot.chat.infrastructure.understanding.language.LanguageGuesser;
import io.postbot.shared.Language;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A trained model put to work: ranks the intents for a sentence, applies the out-of-scope rule and
 * guesses the sentence's language. Immutable, so one instance serves all threads; retraining builds
 * a new one.
 *
 * <p>Out-of-scope rule: the sentence is out of scope when the "oos" class (if the content taught
 * one) is more likely than every intent, or when the best intent's probability is below the
 * threshold.
 */
public final class TrainedUnderstanding implements Serializable {

  private final IntentModel model;
  private final LanguageGuesser languages;
  private final double threshold;

  public TrainedUnderstanding(IntentModel model, LanguageGuesser languages, double threshold) {
    this.model = model;
    this.languages = languages;
    this.threshold = threshold;
  }

  public double threshold() {
    return threshold;
  }

  /** The same model under another out-of-scope threshold. */
  public TrainedUnderstanding withThreshold(double value) {
    return new TrainedUnderstanding(model, languages, value);
  }

  public IntentModel model() {
    return model;
  }

  public Understanding understand(String text, Language conversationLanguage) {
    return understand(text, model.read(text), conversationLanguage);
  }

  /** Many sentences at once: their features are computed in batches. */
  public List<Understanding> understandAll(
      List<String> texts, List<Language> hints, ProgressListener progress) {
    List<IntentModel.Reading> readings = model.read(texts, progress);
    List<Understanding> result = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      result.add(understand(texts.get(i), readings.get(i), hints.get(i)));
    }
    return result;
  }

  private Understanding understand(
      String text, IntentModel.Reading reading, Language conversationLanguage) {
    double[] probabilities = reading.probabilities();
    List<String> labels = model.labels();
    List<ScoredIntent> ranking = new ArrayList<>();
    for (int c = 0; c < labels.size(); c++) {
      if (!labels.get(c).equals(LabelledText.OUT_OF_SCOPE)) {
        double p = Math.min(1, Math.max(0, probabilities[c]));
        ranking.add(new ScoredIntent(new IntentId(labels.get(c)), p));
      }
    }
    ranking.sort(Comparator.comparingDouble(ScoredIntent::confidence).reversed());
    boolean inScope = !model.decide(reading).labelAt(threshold).equals(LabelledText.OUT_OF_SCOPE);
    return new Understanding(ranking, inScope, languages.guess(text, conversationLanguage));
  }
}
