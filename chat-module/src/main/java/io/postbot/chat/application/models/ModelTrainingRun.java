package io.postbot.chat.application.models;

import io.postbot.chat.api.ChatRefresh;
import io.postbot.chat.api.ContentPublished;
import io.postbot.chat.api.Editor;
import io.postbot.chat.api.NothingNewToLearnException;
import io.postbot.chat.api.TrainingAlreadyRunningException;
import io.postbot.chat.domain.model.modelversion.Comparison;
import io.postbot.chat.domain.model.modelversion.EvaluationSet;
import io.postbot.chat.domain.model.modelversion.Figures;
import io.postbot.chat.domain.model.understanding.ActiveModel;
import io.postbot.chat.domain.model.understanding.ModelTraining;
import io.postbot.chat.domain.model.understanding.TrainedModel;
import io.postbot.chat.domain.model.understanding.TrainingProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Trains a model version in the background and decides on it: learn, evaluate it and the active
 * version on the same set, record the figures, activate it when it is not worse. It runs on a
 * container thread (an asynchronous event), holding no transaction while it works; progress goes to
 * the database, so every server's console shows it. When the content changed during the run,
 * another run follows.
 */
@ApplicationScoped
public class ModelTrainingRun {

  private static final Logger LOG = Logger.getLogger(ModelTrainingRun.class.getName());

  @Inject ModelLedger ledger;
  @Inject ModelTraining training;
  @Inject ActiveModel active;
  @Inject ChatRefresh refresh;
  @Inject Event<TrainingRequested> requests;

  /** Published content that teaches other examples needs a model that learnt them. */
  void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentPublished event) {
    if (event.examplesChanged()) {
      request(
          TrainingRequested.because(
              "content version " + event.version() + " published", Editor.SYSTEM));
    }
  }

  void request(TrainingRequested request) {
    requests
        .fireAsync(request)
        .exceptionally(failure -> {
          LOG.log(Level.WARNING, "a model training could not run", failure);
          return request;
        });
  }

  void run(@ObservesAsync TrainingRequested request) {
    int version;
    if (request.version() != null) {
      version = request.version();
    } else {
      try {
        version = ledger.start(request.reason(), request.by(), false).number();
      } catch (TrainingAlreadyRunningException | NothingNewToLearnException e) {
        // The running training's end checks for newer inputs; nothing new needs nothing.
        return;
      }
    }
    train(version);
    if (ledger.inputsChangedSince(version)) {
      request(TrainingRequested.because("the content changed during training", Editor.SYSTEM));
    }
  }

  private void train(int version) {
    try {
      refresh.catchUp(); // compare with the version that is active now, on any server
      TrainingJob job = ledger.job(version);
      TrainingProgress progress = new ThrottledProgress(version, ledger);
      TrainedModel candidate = training.train(job.examples(), progress);
      EvaluationSet set = job.evaluation();
      boolean[] right =
          set.score(candidate.classifyAll(set.sentences(), stage("evaluating", progress)));
      Figures own = set.figures(right);
      Figures theirs = null;
      Comparison comparison = null;
      Integer against = job.activeVersion().orElse(null);
      if (against != null) {
        TrainedModel current =
            active
                .model()
                .filter(m -> active.version().equals(job.activeVersion()))
                .orElseThrow(() -> new IllegalStateException("the active version is not loaded"));
        boolean[] theirRight =
            set.score(current.classifyAll(set.sentences(), stage("comparing", progress)));
        theirs = set.figures(theirRight);
        comparison = EvaluationSet.compare(theirRight, right);
      }
      progress.update("saving", 0, 1);
      if (ledger.finish(version, own, against, theirs, comparison, candidate.save())) {
        active.use(candidate, version);
        LOG.info(() -> "model version " + version + " is active");
      } else {
        LOG.info(() -> "model version " + version + " was not activated");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "model version " + version + " failed", e);
      ledger.fail(version, "failed: " + e.getClass().getSimpleName());
    }
  }

  private static TrainingProgress stage(String name, TrainingProgress progress) {
    return (stage, done, total) -> progress.update(name, done, total);
  }
}
