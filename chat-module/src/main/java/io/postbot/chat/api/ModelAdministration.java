package io.postbot.chat.api;

import java.util.List;

/**
 * Model versions for administrators: train a new version in the background (from the published
 * content and the approved review corrections), see its progress and figures against the active
 * version, and roll back to the previous one. A version is activated only when it is not worse;
 * every version is kept with its figures.
 */
public interface ModelAdministration {

  /** Newest first. */
  List<ModelVersionView> versions(int limit);

  /**
   * Starts training a new version in the background.
   *
   * @throws TrainingAlreadyRunningException while one trains
   * @throws NothingNewToLearnException when the active version learnt exactly the same
   */
  ModelVersionView train(Editor by);

  /**
   * Goes back to the version that was active before the current one, on every server.
   *
   * @throws NothingToRollBackException when there is none
   */
  ModelVersionView rollBack(Editor by);

  EvaluationSetView evaluationSet();
}
