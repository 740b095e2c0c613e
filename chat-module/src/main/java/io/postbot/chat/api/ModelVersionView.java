package io.postbot.chat.api;

import java.time.Instant;
import java.util.Optional;

/**
 * A model version as administrators see it: why and from what it was trained, where it stands, its
 * figures and its comparison with the version that was active.
 *
 * @param stage what a training does now ("minilm", "bge", "training", "evaluating"), with {@code
 *     done} of {@code total}
 * @param lost sentences only the compared (then active) version got right
 * @param won sentences only this version got right
 * @param rollBackTarget whether a rollback now would go to this version
 */
public record ModelVersionView(
    int number,
    State state,
    String reason,
    String requestedBy,
    Instant requestedAt,
    Optional<Instant> finishedAt,
    Optional<Instant> activatedAt,
    int contentVersion,
    int contentExamples,
    int reviewExamples,
    String stage,
    int done,
    int total,
    Optional<FiguresView> figures,
    Optional<Integer> comparedWith,
    Optional<FiguresView> comparedFigures,
    Optional<Integer> lost,
    Optional<Integer> won,
    Optional<Double> pValue,
    Optional<String> failure,
    boolean rollBackTarget) {

  public enum State {
    TRAINING,
    ACTIVE,
    INACTIVE,
    ROLLED_BACK,
    REJECTED,
    FAILED
  }

  /** Figures on the evaluation set: overall, per part, in scope and out of scope. */
  public record FiguresView(
      int total,
      int correct,
      double accuracy,
      int heldOut,
      double heldOutAccuracy,
      int reviewed,
      double reviewedAccuracy,
      double inScopeAccuracy,
      double outOfScopeRecall) {}
}
