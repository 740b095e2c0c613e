package io.postbot.chat.infrastructure.understanding.eval;

import io.postbot.chat.infrastructure.understanding.IntentModel;
import io.postbot.chat.infrastructure.understanding.LabelledText;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The most frequent mistakes of a run: which intent was taken for which (pairs counted in both
 * directions), and how many in-scope sentences were rejected and out-of-scope ones accepted.
 */
record ConfusionSummary(
    List<Map.Entry<String, Integer>> pairs, int rejectedInScope, int acceptedOutOfScope) {

  static ConfusionSummary of(
      List<LabelledText> sentences, List<IntentModel.Decision> decisions, double threshold) {
    Map<String, Integer> pairs = new HashMap<>();
    int rejected = 0;
    int accepted = 0;
    for (int i = 0; i < sentences.size(); i++) {
      String gold = sentences.get(i).label();
      String predicted = decisions.get(i).labelAt(threshold);
      if (gold.equals(predicted)) {
        continue;
      }
      if (predicted.equals(LabelledText.OUT_OF_SCOPE)) {
        rejected++;
      } else if (gold.equals(LabelledText.OUT_OF_SCOPE)) {
        accepted++;
        pairs.merge("oos -> " + predicted, 1, Integer::sum);
      } else {
        String pair =
            gold.compareTo(predicted) < 0 ? gold + " <-> " + predicted : predicted + " <-> " + gold;
        pairs.merge(pair, 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> sorted =
        pairs.entrySet().stream()
            .sorted(
                Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                    .reversed()
                    .thenComparing(Map.Entry::getKey))
            .map(e -> Map.entry(e.getKey(), e.getValue()))
            .toList();
    return new ConfusionSummary(sorted, rejected, accepted);
  }

  void print(PrintStream out, int limit) {
    out.println(
        "confusion: "
            + rejectedInScope
            + " in-scope sentences rejected as out of scope, "
            + acceptedOutOfScope
            + " out-of-scope sentences taken for an intent");
    out.println("confusion: most confused pairs (mistakes, either direction):");
    pairs.stream()
        .limit(limit)
        .forEach(e -> out.println("confusion: " + e.getValue() + "  " + e.getKey()));
  }
}
