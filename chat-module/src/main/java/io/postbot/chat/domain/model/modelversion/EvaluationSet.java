package io.postbot.chat.domain.model.modelversion;

import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.knowledge.KnowledgeBase;
import io.postbot.chat.domain.model.understanding.LabelledSentence;
import io.postbot.chat.domain.model.understanding.Understanding;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed set model versions are evaluated on: the content's held-out sentences plus the review
 * items reviewers approved (confirmed or corrected). A sentence whose intent the content no longer
 * has counts as out of scope: the bot should not pretend to answer it. A model's answer is right
 * when its best intent (or its refusal) is the sentence's.
 */
public final class EvaluationSet {

  private final List<LabelledSentence> sentences = new ArrayList<>();
  private final List<Boolean> reviewed = new ArrayList<>();

  private EvaluationSet() {}

  public static EvaluationSet of(
      List<LabelledSentence> heldOut, List<LabelledSentence> reviewItems, KnowledgeBase content) {
    EvaluationSet set = new EvaluationSet();
    heldOut.forEach(s -> set.add(s, false, content));
    reviewItems.forEach(s -> set.add(s, true, content));
    return set;
  }

  private void add(LabelledSentence sentence, boolean fromReview, KnowledgeBase content) {
    boolean known = sentence.outOfScope() || content.intent(sentence.intent()).isPresent();
    sentences.add(
        known
            ? sentence
            : new LabelledSentence(IntentId.OUT_OF_SCOPE, sentence.language(), sentence.text()));
    reviewed.add(fromReview);
  }

  public List<LabelledSentence> sentences() {
    return List.copyOf(sentences);
  }

  public int size() {
    return sentences.size();
  }

  /** Which sentences the answers got right, in order. */
  public boolean[] score(List<Understanding> answers) {
    if (answers.size() != sentences.size()) {
      throw new IllegalArgumentException("one answer per sentence");
    }
    boolean[] right = new boolean[answers.size()];
    for (int i = 0; i < right.length; i++) {
      IntentId said = answers.get(i).intent().orElse(IntentId.OUT_OF_SCOPE);
      right[i] = said.equals(sentences.get(i).intent());
    }
    return right;
  }

  public Figures figures(boolean[] right) {
    int heldOut = 0;
    int heldOutRight = 0;
    int review = 0;
    int reviewRight = 0;
    int inScope = 0;
    int inScopeRight = 0;
    int oos = 0;
    int oosRight = 0;
    for (int i = 0; i < right.length; i++) {
      int r = right[i] ? 1 : 0;
      if (reviewed.get(i)) {
        review++;
        reviewRight += r;
      } else {
        heldOut++;
        heldOutRight += r;
      }
      if (sentences.get(i).outOfScope()) {
        oos++;
        oosRight += r;
      } else {
        inScope++;
        inScopeRight += r;
      }
    }
    return new Figures(
        heldOut, heldOutRight, review, reviewRight, inScope, inScopeRight, oos, oosRight);
  }

  /** The candidate against the active version, sentence by sentence. */
  public static Comparison compare(boolean[] active, boolean[] candidate) {
    if (active.length != candidate.length) {
      throw new IllegalArgumentException("both on the same sentences");
    }
    int lost = 0;
    int won = 0;
    for (int i = 0; i < active.length; i++) {
      if (active[i] && !candidate[i]) {
        lost++;
      } else if (!active[i] && candidate[i]) {
        won++;
      }
    }
    return new Comparison(lost, won);
  }
}
