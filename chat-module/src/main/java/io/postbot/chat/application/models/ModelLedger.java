package io.postbot.chat.application.models;

import io.postbot.chat.api.Editor;
import io.postbot.chat.api.ModelVersionActivated;
import io.postbot.chat.domain.model.knowledge.ContentSet;
import io.postbot.chat.domain.model.knowledge.IntentId;
import io.postbot.chat.domain.model.modelversion.Comparison;
import io.postbot.chat.domain.model.modelversion.EvaluationSet;
import io.postbot.chat.domain.model.modelversion.Figures;
import io.postbot.chat.domain.model.modelversion.HeldOutSentences;
import io.postbot.chat.domain.model.modelversion.ModelLineage;
import io.postbot.chat.domain.model.modelversion.ModelState;
import io.postbot.chat.domain.model.modelversion.ModelVersion;
import io.postbot.chat.domain.model.modelversion.ModelVersions;
import io.postbot.chat.domain.model.publication.Publication;
import io.postbot.chat.domain.model.publication.Publications;
import io.postbot.chat.domain.model.review.ReviewedQuestion;
import io.postbot.chat.domain.model.review.ReviewedQuestionRepository;
import io.postbot.chat.domain.model.understanding.LabelledSentence;
import io.postbot.chat.domain.model.understanding.ModelTraining;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The model versions' bookkeeping, one short transaction a step, so that a long training holds no
 * transaction and no lock: start, progress, the job's inputs, the result, a failure.
 */
@ApplicationScoped
@Transactional
public class ModelLedger {

  @Inject ModelVersions versions;
  @Inject Publications publications;
  @Inject ReviewedQuestionRepository reviewed;
  @Inject HeldOutSentences heldOut;
  @Inject ModelTraining training;
  @Inject Event<Object> events;
  @Inject Clock clock;

  /** A new version in training, from the newest publication and every correction so far. */
  public ModelVersion start(String reason, Editor by, boolean force) {
    ModelLineage lineage = versions.lineage();
    Publication latest = newestPublication();
    TrainingData data =
        TrainingData.of(latest.content(), latest.version(), reviewed.all(), training.recipe());
    ModelVersion version =
        lineage.startTraining(data.inputs(), reason, by.username(), clock.instant(), force);
    versions.save(lineage);
    return version;
  }

  /** What the version learns and is evaluated on, as it was asked for. */
  public TrainingJob job(int number) {
    ModelLineage lineage = versions.lineage();
    ModelVersion version = lineage.version(number).orElseThrow();
    Publication content = publications.find(version.inputs().contentVersion()).orElseThrow();
    Instant asked = version.requestedAt();
    List<ReviewedQuestion> known =
        reviewed.all().stream().filter(q -> !q.reviewedAt().isAfter(asked)).toList();
    TrainingData data =
        TrainingData.of(content.content(), content.version(), known, training.recipe());
    return new TrainingJob(
        number,
        data.examples(),
        evaluationSet(content.content(), known),
        lineage.active().filter(a -> a.number() != number).map(ModelVersion::number));
  }

  private EvaluationSet evaluationSet(ContentSet content, List<ReviewedQuestion> items) {
    List<LabelledSentence> review =
        items.stream()
            .map(q -> new LabelledSentence(new IntentId(q.intent()), q.language(), q.text()))
            .toList();
    return EvaluationSet.of(heldOut.all(), review, content);
  }

  public void progress(int number, String stage, int done, int total) {
    ModelLineage lineage = versions.lineage();
    lineage
        .version(number)
        .ifPresent(v -> lineage.progress(v, stage, done, total, clock.instant()));
  }

  /**
   * Records the result and activates the version when the rule lets it; its saved model (when
   * given) is kept when it becomes active.
   *
   * @param against the active version it was compared with (null when there was none)
   * @return whether it became active
   */
  public boolean finish(
      int number,
      Figures own,
      Integer against,
      Figures theirs,
      Comparison comparison,
      byte[] model) {
    ModelLineage lineage = versions.lineage();
    ModelVersion version = lineage.version(number).orElseThrow();
    Integer activeNow = lineage.active().map(ModelVersion::number).orElse(null);
    if (!Objects.equals(activeNow, against)) {
      lineage.failed(
          version,
          "the active version changed during the training (now " + activeNow + "); train again",
          clock.instant());
      return false;
    }
    boolean activated = lineage.trained(version, own, theirs, comparison, clock.instant());
    if (activated) {
      if (model != null) {
        versions.saveModel(number, model);
      }
      events.fire(new ModelVersionActivated(number, false, clock.instant()));
    }
    return activated;
  }

  public void fail(int number, String why) {
    ModelLineage lineage = versions.lineage();
    lineage
        .version(number)
        .filter(v -> v.state() == ModelState.TRAINING)
        .ifPresent(v -> lineage.failed(v, why, clock.instant()));
  }

  /** The version the bot should use: the active one in the database. */
  public Optional<Integer> activeNumber() {
    return versions.activeNumber();
  }

  public Optional<byte[]> savedModel(int number) {
    return versions.savedModel(number);
  }

  /** Keeps a model trained again for an existing version (its saved one no longer read). */
  public void replaceModel(int number, byte[] model) {
    versions.saveModel(number, model);
  }

  /** Whether the newest content and corrections differ from what the version learnt. */
  public boolean inputsChangedSince(int number) {
    ModelVersion version = versions.lineage().version(number).orElseThrow();
    Publication latest = newestPublication();
    TrainingData data =
        TrainingData.of(latest.content(), latest.version(), reviewed.all(), training.recipe());
    return !data.inputs().sameAs(version.inputs());
  }

  /** The newest publication's version, if any. */
  public Optional<Integer> latestPublication() {
    return publications.latestVersion();
  }

  /** The content of a publication. */
  public ContentSet content(int publication) {
    return publications.find(publication).orElseThrow().content();
  }

  private Publication newestPublication() {
    return publications
        .latest()
        .orElseThrow(() -> new IllegalStateException("no content has been published yet"));
  }
}
