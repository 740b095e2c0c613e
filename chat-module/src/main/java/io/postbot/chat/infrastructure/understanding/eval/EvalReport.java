package io.postbot.chat.infrastructure.understanding.eval;

import io.postbot.chat.infrastructure.understanding.IntentModel;
import io.postbot.chat.infrastructure.understanding.LabelledText;
import java.util.List;
import java.util.Locale;

/** The figures of one evaluation run, printed as a single JSON line. */
record EvalReport(
    int n,
    int inScope,
    int outOfScope,
    double inScopeAccuracy,
    Double oosRecall,
    double accuracy,
    double threshold,
    double msPerUtterance,
    double trainSeconds,
    int trainExamples,
    String features,
    String language,
    boolean cached,
    Double valAccuracy,
    Double valInScopeAccuracy,
    Double valOosRecall) {

  /** The figures on the validation split the threshold was chosen on (optimistic for oos). */
  EvalReport withValidation(EvalReport val) {
    return new EvalReport(
        n,
        inScope,
        outOfScope,
        inScopeAccuracy,
        oosRecall,
        accuracy,
        threshold,
        msPerUtterance,
        trainSeconds,
        trainExamples,
        features,
        language,
        cached,
        val.accuracy(),
        val.inScope() == 0 ? null : val.inScopeAccuracy(),
        val.oosRecall());
  }

  static EvalReport of(
      List<LabelledText> test,
      List<IntentModel.Decision> decisions,
      double threshold,
      double msPerUtterance,
      double trainSeconds,
      int trainExamples,
      String features,
      String language,
      boolean cached,
      Double valAccuracy) {
    int inScope = 0;
    int inScopeRight = 0;
    int oos = 0;
    int oosRight = 0;
    for (int i = 0; i < test.size(); i++) {
      String predicted = decisions.get(i).labelAt(threshold);
      boolean right = predicted.equals(test.get(i).label());
      if (test.get(i).outOfScope()) {
        oos++;
        oosRight += right ? 1 : 0;
      } else {
        inScope++;
        inScopeRight += right ? 1 : 0;
      }
    }
    return new EvalReport(
        test.size(),
        inScope,
        oos,
        inScope == 0 ? 0 : (double) inScopeRight / inScope,
        oos == 0 ? null : (double) oosRight / oos,
        test.isEmpty() ? 0 : (double) (inScopeRight + oosRight) / test.size(),
        threshold,
        msPerUtterance,
        trainSeconds,
        trainExamples,
        features,
        language,
        cached,
        valAccuracy,
        null,
        null);
  }

  String toJson() {
    return String.format(
        Locale.ROOT,
        "{\"in_scope_accuracy\": %.4f, \"oos_recall\": %s, \"accuracy\": %.4f, "
            + "\"ms_per_utterance\": %.2f, \"n\": %d, \"n_in_scope\": %d, \"n_oos\": %d, "
            + "\"threshold\": %.4f, \"train_examples\": %d, \"train_seconds\": %.1f, "
            + "\"features\": \"%s\", \"language\": \"%s\", \"embedding_cache\": %s, "
            + "\"val_accuracy\": %s, \"val_in_scope_accuracy\": %s, \"val_oos_recall\": %s}",
        inScopeAccuracy,
        oosRecall == null ? "null" : String.format(Locale.ROOT, "%.4f", oosRecall),
        accuracy,
        msPerUtterance,
        n,
        inScope,
        outOfScope,
        threshold,
        trainExamples,
        trainSeconds,
        features,
        language,
        cached,
        figure(valAccuracy),
        figure(valInScopeAccuracy),
        figure(valOosRecall));
  }

  private static String figure(Double value) {
    return value == null ? "null" : String.format(Locale.ROOT, "%.4f", value);
  }
}
