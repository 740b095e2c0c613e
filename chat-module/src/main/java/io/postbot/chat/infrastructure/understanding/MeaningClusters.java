package io.postbot.chat.infrastructure.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups sentence vectors by cosine similarity, in one pass: a vector joins the first group whose
 * first vector (its leader) is at least {@code similarity} alike, else starts a group. Simple and
 * stable: the same sentences in the same order always give the same groups.
 */
final class MeaningClusters {

  private MeaningClusters() {}

  static List<List<Integer>> group(float[][] vectors, double similarity) {
    List<float[]> leaders = new ArrayList<>();
    List<List<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < vectors.length; i++) {
      int found = -1;
      for (int g = 0; g < leaders.size() && found < 0; g++) {
        if (cosine(leaders.get(g), vectors[i]) >= similarity) {
          found = g;
        }
      }
      if (found < 0) {
        leaders.add(vectors[i]);
        groups.add(new ArrayList<>(List.of(i)));
      } else {
        groups.get(found).add(i);
      }
    }
    return groups.stream().map(List::copyOf).toList();
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
