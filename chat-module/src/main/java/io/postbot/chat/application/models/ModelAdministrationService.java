package io.postbot.chat.application.models;

import io.postbot.chat.api.Editor;
import io.postbot.chat.api.EvaluationSetView;
import io.postbot.chat.api.ModelAdministration;
import io.postbot.chat.api.ModelVersionActivated;
import io.postbot.chat.api.ModelVersionView;
import io.postbot.chat.api.NothingToRollBackException;
import io.postbot.chat.domain.model.modelversion.HeldOutSentences;
import io.postbot.chat.domain.model.modelversion.ModelLineage;
import io.postbot.chat.domain.model.modelversion.ModelVersion;
import io.postbot.chat.domain.model.modelversion.ModelVersions;
import io.postbot.chat.domain.model.review.ReviewedQuestion;
import io.postbot.chat.domain.model.review.ReviewedQuestionRepository;
import io.postbot.chat.domain.model.understanding.ModelTraining;
import io.postbot.chat.domain.model.understanding.TrainedModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** The model-version use cases for administrators. */
@ApplicationScoped
@Transactional
public class ModelAdministrationService implements ModelAdministration {

  @Inject ModelVersions versions;
  @Inject ModelLedger ledger;
  @Inject ModelTrainingRun runs;
  @Inject ModelTraining training;
  @Inject ReviewedQuestionRepository reviewed;
  @Inject HeldOutSentences heldOut;
  @Inject Event<Object> events;
  @Inject Clock clock;

  @Override
  public List<ModelVersionView> versions(int limit) {
    ModelLineage lineage = versions.lineage();
    Integer target = lineage.rollBackTarget().map(ModelVersion::number).orElse(null);
    return versions.latest(limit).stream()
        .map(v -> ModelVersionViews.of(v, target != null && target == v.number()))
        .toList();
  }

  @Override
  public ModelVersionView train(Editor by) {
    ModelVersion version = ledger.start("trained by an administrator", by, false);
    runs.request(TrainingRequested.of(version.number()));
    return ModelVersionViews.of(version, false);
  }

  @Override
  public ModelVersionView rollBack(Editor by) {
    ModelLineage lineage = versions.lineage();
    ModelVersion target =
        lineage
            .rollBackTarget()
            .orElseThrow(() ->
                new NothingToRollBackException("there is no earlier active version to go back to"));
    TrainedModel model =
        versions
            .savedModel(target.number())
            .flatMap(training::load)
            .orElseThrow(() ->
                new NothingToRollBackException(
                    "the saved model of version "
                        + target.number()
                        + " does not read with this build; train a new version instead"));
    ModelVersion now = lineage.rollBack(clock.instant());
    versions.save(lineage);
    events.fire(new ModelInstalled(model, now.number()));
    events.fire(new ModelVersionActivated(now.number(), true, clock.instant()));
    return ModelVersionViews.of(now, false);
  }

  @Override
  public EvaluationSetView evaluationSet() {
    List<ReviewedQuestion> all = reviewed.all();
    int corrected = (int) all.stream().filter(ReviewedQuestion::isCorrection).count();
    int learnt = versions.lineage().active().map(v -> v.inputs().reviewExamples()).orElse(0);
    return new EvaluationSetView(
        heldOut.all().size(), all.size() - corrected, corrected, Math.max(0, corrected - learnt));
  }
}
