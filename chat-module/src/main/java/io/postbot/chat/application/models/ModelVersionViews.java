package io.postbot.chat.application.models;

import io.postbot.chat.api.ModelVersionView;
import io.postbot.chat.api.ModelVersionView.FiguresView;
import io.postbot.chat.domain.model.modelversion.Comparison;
import io.postbot.chat.domain.model.modelversion.Figures;
import io.postbot.chat.domain.model.modelversion.ModelVersion;
import io.postbot.chat.domain.model.modelversion.TrainingInputs;

/** Model versions as the api shows them. */
final class ModelVersionViews {

  private ModelVersionViews() {}

  static ModelVersionView of(ModelVersion v, boolean rollBackTarget) {
    TrainingInputs inputs = v.inputs();
    return new ModelVersionView(
        v.number(),
        ModelVersionView.State.valueOf(v.state().name()),
        v.reason(),
        v.requestedBy(),
        v.requestedAt(),
        v.finishedAt(),
        v.activatedAt(),
        inputs.contentVersion(),
        inputs.contentExamples(),
        inputs.reviewExamples(),
        v.stage(),
        v.progressDone(),
        v.progressTotal(),
        v.figures().map(ModelVersionViews::figures),
        v.comparedWith(),
        v.comparedFigures().map(ModelVersionViews::figures),
        v.comparison().map(Comparison::lost),
        v.comparison().map(Comparison::won),
        v.comparison().map(Comparison::pValue),
        v.failure(),
        rollBackTarget);
  }

  private static FiguresView figures(Figures f) {
    return new FiguresView(
        f.total(),
        f.correct(),
        f.accuracy(),
        f.heldOutTotal(),
        f.heldOutAccuracy(),
        f.reviewedTotal(),
        f.reviewedAccuracy(),
        f.inScopeAccuracy(),
        f.outOfScopeRecall());
  }
}
