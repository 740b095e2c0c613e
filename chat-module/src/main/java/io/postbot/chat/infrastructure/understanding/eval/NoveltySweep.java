package io.postbot.chat.infrastructure.understanding.eval;

import io.postbot.chat.infrastructure.understanding.IntentModel;
import io.postbot.chat.infrastructure.understanding.LabelledText;
import io.postbot.chat.infrastructure.understanding.OutOfScopeThreshold;
import io.postbot.chat.infrastructure.understanding.learning.NoveltySettings;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * nlu-eval's {@code --sweep true}: tries a grid of novelty settings (how many nearest examples, how
 * much their distance weighs) on one trained model, each with the threshold chosen on the
 * validation sentences, and keeps the setting with the best validation accuracy (ties: the one
 * listed first, i.e. the lighter weight and fewer neighbours). The test figures are printed beside
 * every row for the record; they take no part in the choice.
 */
final class NoveltySweep {

  /** What the trained model keeps for a sweep: enough neighbours for every k of the grid. */
  static final NoveltySettings KEEP = new NoveltySettings(10, 1);

  private static final int[] KS = {1, 3, 5, 10};
  private static final double[] WEIGHTS = {0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 8, 1000};

  private NoveltySweep() {}

  static NoveltySettings choose(
      IntentModel model,
      List<LabelledText> val,
      List<IntentModel.Reading> valReadings,
      List<LabelledText> test,
      List<IntentModel.Reading> testReadings,
      PrintStream out) {
    List<String> gold = val.stream().map(LabelledText::label).toList();
    NoveltySettings best = null;
    int bestCorrect = -1;
    out.println("novelty sweep: k weight | val acc in-scope oos | threshold | test in-scope oos");
    for (double weight : WEIGHTS) {
      for (int k : KS) {
        if (weight == 0 && k > 1) {
          continue;
        }
        NoveltySettings settings = new NoveltySettings(k, weight, model.novelty().ngrams());
        IntentModel m = model.withNovelty(settings);
        List<IntentModel.Decision> decisions = NluEval.decideAll(m, valReadings);
        double threshold = OutOfScopeThreshold.choose(decisions, gold);
        int correct = OutOfScopeThreshold.correct(decisions, gold, threshold);
        EvalReport.Scores v = EvalReport.Scores.of(val, decisions, threshold);
        EvalReport.Scores t =
            EvalReport.Scores.of(test, NluEval.decideAll(m, testReadings), threshold);
        out.println(
            String.format(
                Locale.ROOT,
                "novelty sweep: %2d %7.2f | %.4f %.4f %s | %.4f | %.4f %s",
                k,
                weight,
                v.accuracy(),
                v.inScopeAccuracy(),
                v.oosRecall() == null ? "-" : String.format(Locale.ROOT, "%.4f", v.oosRecall()),
                threshold,
                t.inScopeAccuracy(),
                t.oosRecall() == null ? "-" : String.format(Locale.ROOT, "%.4f", t.oosRecall())));
        if (correct > bestCorrect) {
          bestCorrect = correct;
          best = settings;
        }
      }
    }
    out.println(
        "novelty sweep: chosen k "
            + best.k()
            + ", weight "
            + best.weight()
            + ", ngrams "
            + best.ngrams());
    return best;
  }
}
