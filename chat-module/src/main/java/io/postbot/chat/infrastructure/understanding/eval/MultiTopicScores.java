package io.postbot.chat.infrastructure.understanding.eval;

import io.postbot.chat.domain.model.understanding.Understanding;
import io.postbot.chat.infrastructure.understanding.IntentModel;
import io.postbot.chat.infrastructure.understanding.LabelledText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * How the classifier meets test sentences about two topics at once (label {@code a|b}): the bot
 * should ask which one it is, as it does for close intents ({@link Understanding#isAmbiguous()}: in
 * scope, the two best intents less than {@link Understanding#AMBIGUITY_MARGIN} apart).
 *
 * @param n how many such sentences
 * @param asked how many the bot asks about, offering at least one of the labelled intents
 * @param bestRight how many it takes in scope with one of the labelled intents best
 */
record MultiTopicScores(int n, int asked, int bestRight) {

  static boolean isMultiTopic(LabelledText sentence) {
    return sentence.label().contains("|");
  }

  static MultiTopicScores of(
      IntentModel model,
      List<LabelledText> sentences,
      List<IntentModel.Reading> readings,
      List<IntentModel.Decision> decisions,
      double threshold) {
    List<String> labels = model.labels();
    int asked = 0;
    int bestRight = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Set<String> expected = Set.of(sentences.get(i).label().split("\\|"));
      double[] p = readings.get(i).probabilities();
      List<Integer> order = new ArrayList<>();
      for (int c = 0; c < p.length; c++) {
        if (!labels.get(c).equals(LabelledText.OUT_OF_SCOPE)) {
          order.add(c);
        }
      }
      order.sort((a, b) -> Double.compare(p[b], p[a]));
      String best = decisions.get(i).labelAt(threshold);
      boolean inScope = !best.equals(LabelledText.OUT_OF_SCOPE);
      if (inScope && expected.contains(best)) {
        bestRight++;
      }
      if (inScope
          && order.size() > 1
          && p[order.get(0)] - p[order.get(1)] < Understanding.AMBIGUITY_MARGIN
          && (expected.contains(labels.get(order.get(0)))
              || expected.contains(labels.get(order.get(1))))) {
        asked++;
      }
    }
    return new MultiTopicScores(sentences.size(), asked, bestRight);
  }

  @Override
  public String toString() {
    return Arrays.toString(new int[] {n, asked, bestRight});
  }
}
