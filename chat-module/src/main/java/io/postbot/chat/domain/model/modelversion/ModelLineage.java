package io.postbot.chat.domain.model.modelversion;

import io.postbot.chat.api.NothingNewToLearnException;
import io.postbot.chat.api.NothingToRollBackException;
import io.postbot.chat.api.TrainingAlreadyRunningException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All model versions and the rules between them: one trains at a time; a trained version becomes
 * active when there is none yet, or when its {@link Comparison} with the active one says it is not
 * worse, else it is rejected; a rollback goes back to the version that was active before the
 * current one, for as many steps as there are.
 */
public final class ModelLineage {

  private final List<ModelVersion> versions;

  public ModelLineage(List<ModelVersion> versions) {
    this.versions = new ArrayList<>(versions);
    this.versions.sort(Comparator.comparingInt(ModelVersion::number));
  }

  public List<ModelVersion> versions() {
    return List.copyOf(versions);
  }

  public Optional<ModelVersion> active() {
    return versions.stream().filter(v -> v.state() == ModelState.ACTIVE).findFirst();
  }

  public Optional<ModelVersion> training() {
    return versions.stream().filter(v -> v.state() == ModelState.TRAINING).findFirst();
  }

  public Optional<ModelVersion> version(int number) {
    return versions.stream().filter(v -> v.number() == number).findFirst();
  }

  /**
   * A new version in training. A training whose server died long ago is marked failed first.
   *
   * @param force train even when the active version learnt exactly these inputs
   * @throws TrainingAlreadyRunningException while another version trains
   * @throws NothingNewToLearnException when not forced and nothing changed since the active one
   */
  public ModelVersion startTraining(
      TrainingInputs inputs, String reason, String by, Instant now, boolean force) {
    for (ModelVersion version : versions) {
      if (version.isStale(now)) {
        version.fail("interrupted: the server stopped during training", now);
      }
    }
    Optional<ModelVersion> running = training();
    if (running.isPresent()) {
      throw new TrainingAlreadyRunningException(running.get().number());
    }
    Optional<ModelVersion> active = active();
    if (!force && active.isPresent() && active.get().inputs().sameAs(inputs)) {
      throw new NothingNewToLearnException(active.get().number());
    }
    int number = versions.stream().mapToInt(ModelVersion::number).max().orElse(0) + 1;
    ModelVersion version = new ModelVersion(number, inputs, reason, by, now);
    versions.add(version);
    return version;
  }

  /** How far the training has come; stage names what it does (embedding, training, evaluating). */
  public void progress(ModelVersion version, String stage, int done, int total, Instant now) {
    requireTraining(version);
    version.progress(stage, done, total, now);
  }

  /**
   * The version is trained and evaluated: with nothing active it becomes active; else it becomes
   * active if the comparison with the active version says it is not worse, and is rejected if not.
   *
   * @return whether it became active
   */
  public boolean trained(
      ModelVersion version,
      Figures own,
      Figures activeFigures,
      Comparison comparison,
      Instant now) {
    requireTraining(version);
    Optional<ModelVersion> active = active();
    if (active.isEmpty()) {
      version.evaluated(own, null, null, null);
      version.activate(null, now);
      return true;
    }
    version.evaluated(own, active.get().number(), activeFigures, comparison);
    active.get().evaluatedLater(activeFigures);
    if (!comparison.newIsNotWorse()) {
      version.finish(ModelState.REJECTED, now);
      return false;
    }
    active.get().deactivate(ModelState.INACTIVE);
    version.activate(active.get().number(), now);
    return true;
  }

  public void failed(ModelVersion version, String why, Instant now) {
    requireTraining(version);
    version.fail(why, now);
  }

  /**
   * Goes back to the version that was active before the current one; the current one is marked
   * rolled back.
   *
   * @return the version active now
   * @throws NothingToRollBackException when there is none to go back to
   */
  public ModelVersion rollBack(Instant now) {
    ModelVersion current =
        active().orElseThrow(() -> new NothingToRollBackException("no model version is active"));
    ModelVersion previous =
        current
            .previousActive()
            .flatMap(this::version)
            .filter(v -> v.state() == ModelState.INACTIVE)
            .orElseThrow(() ->
                new NothingToRollBackException(
                    "version " + current.number() + " has no earlier version to go back to"));
    current.deactivate(ModelState.ROLLED_BACK);
    previous.reactivate(now);
    return previous;
  }

  /** The version a rollback would go back to, if any. */
  public Optional<ModelVersion> rollBackTarget() {
    return active()
        .flatMap(ModelVersion::previousActive)
        .flatMap(this::version)
        .filter(v -> v.state() == ModelState.INACTIVE);
  }

  private static void requireTraining(ModelVersion version) {
    if (version.state() != ModelState.TRAINING) {
      throw new IllegalStateException("version " + version.number() + " is not in training");
    }
  }
}
