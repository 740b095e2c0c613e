package io.postbot.chat.infrastructure.understanding.eval;

import io.postbot.chat.infrastructure.understanding.IntentModel;
import io.postbot.chat.infrastructure.understanding.LabelledText;
import io.postbot.chat.infrastructure.understanding.learning.NeighbourVote;
import io.postbot.chat.infrastructure.understanding.learning.NoveltySettings;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one evaluation run, printed as a single JSON line.
 *
 * @param test the scores on the test sentences
 * @param validation the scores on the validation split the threshold was chosen on (optimistic for
 *     out-of-scope), or null without one
 */
record EvalReport(
    Scores test,
    double threshold,
    double msPerUtterance,
    double trainSeconds,
    int trainExamples,
    String features,
    String language,
    boolean cached,
    Scores validation,
    String rule,
    NoveltySettings novelty,
    NeighbourVote vote,
    MultiTopicScores multiTopic,
    Double languageAccuracy) {

  /** How a set of sentences was decided at one threshold. */
  record Scores(
      int n,
      int inScope,
      int outOfScope,
      double inScopeAccuracy,
      Double oosRecall,
      double accuracy) {

    static Scores of(
        List<LabelledText> sentences, List<IntentModel.Decision> decisions, double threshold) {
      int inScope = 0;
      int inScopeRight = 0;
      int oos = 0;
      int oosRight = 0;
      for (int i = 0; i < sentences.size(); i++) {
        boolean right = decisions.get(i).labelAt(threshold).equals(sentences.get(i).label());
        if (sentences.get(i).outOfScope()) {
          oos++;
          oosRight += right ? 1 : 0;
        } else {
          inScope++;
          inScopeRight += right ? 1 : 0;
        }
      }
      return new Scores(
          sentences.size(),
          inScope,
          oos,
          inScope == 0 ? 0 : (double) inScopeRight / inScope,
          oos == 0 ? null : (double) oosRight / oos,
          sentences.isEmpty() ? 0 : (double) (inScopeRight + oosRight) / sentences.size());
    }
  }

  int n() {
    return test.n();
  }

  double inScopeAccuracy() {
    return test.inScopeAccuracy();
  }

  Double oosRecall() {
    return test.oosRecall();
  }

  String toJson() {
    return String.format(
        Locale.ROOT,
        "{\"in_scope_accuracy\": %.4f, \"oos_recall\": %s, \"accuracy\": %.4f, "
            + "\"ms_per_utterance\": %.2f, \"n\": %d, \"n_in_scope\": %d, \"n_oos\": %d, "
            + "\"threshold\": %.4f, \"train_examples\": %d, \"train_seconds\": %.1f, "
            + "\"features\": \"%s\", \"language\": \"%s\", \"embedding_cache\": %s, "
            + "\"val_accuracy\": %s, \"val_in_scope_accuracy\": %s, \"val_oos_recall\": %s, "
            + "\"rule\": \"%s\", \"knn_k\": %d, \"knn_weight\": %s, \"knn_space\": \"%s\", "
            + "\"vote_k\": %d, \"vote_weight\": %s, \"vote_temperature\": %s, "
            + "\"multi_topic_n\": %s, \"multi_topic_asked\": %s, \"multi_topic_best_right\": %s, "
            + "\"language_accuracy\": %s}",
        test.inScopeAccuracy(),
        figure(test.oosRecall()),
        test.accuracy(),
        msPerUtterance,
        test.n(),
        test.inScope(),
        test.outOfScope(),
        threshold,
        trainExamples,
        trainSeconds,
        features,
        language,
        cached,
        validation == null ? "null" : figure(validation.accuracy()),
        validation == null || validation.inScope() == 0
            ? "null"
            : figure(validation.inScopeAccuracy()),
        validation == null ? "null" : figure(validation.oosRecall()),
        rule,
        novelty.k(),
        figure(novelty.weight()),
        novelty.ngrams() ? "all" : "embeddings",
        vote.k(),
        figure(vote.weight()),
        figure(vote.temperature()),
        multiTopic == null ? "null" : multiTopic.n(),
        multiTopic == null ? "null" : multiTopic.asked(),
        multiTopic == null ? "null" : multiTopic.bestRight(),
        figure(languageAccuracy));
  }

  private static String figure(Double value) {
    return value == null ? "null" : String.format(Locale.ROOT, "%.4f", value);
  }
}
