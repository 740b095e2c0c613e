package io.postbot.chat.application.models;

import io.postbot.chat.api.Editor;
import io.postbot.chat.api.TrainingAlreadyRunningException;
import io.postbot.chat.domain.model.understanding.ActiveModel;
import io.postbot.chat.domain.model.understanding.ModelTraining;
import io.postbot.chat.domain.model.understanding.TrainedModel;
import io.postbot.chat.domain.model.understanding.TrainingProgress;
import io.postbot.shared.ApplicationStarted;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Puts the active model version in use before the first customer arrives: its saved model when this
 * build can read it (no training at all), else the same inputs trained again and saved. On the very
 * first start, version 1 is trained from the first publication and activated; the training reads
 * the model the build shipped for the shipped content instead, when this build has one.
 */
@ApplicationScoped
public class ModelStartup {

  private static final Logger LOG = Logger.getLogger(ModelStartup.class.getName());

  @Inject ModelLedger ledger;
  @Inject ModelTraining training;
  @Inject ActiveModel active;
  @Inject Event<ModelToSave> saves;

  /** A version's model to be kept in the database, in the background. */
  record ModelToSave(TrainedModel model, int version) {}

  void save(@ObservesAsync ModelToSave toSave) {
    try {
      ledger.replaceModel(toSave.version(), toSave.model().save());
      LOG.info(() -> "model version " + toSave.version() + " saved");
    } catch (RuntimeException e) {
      LOG.warning("model version " + toSave.version() + " not saved: " + e.getClass().getName());
    }
  }

  /** After the content (priority 10), before the classifier's warm-up. */
  void start(@Observes @Priority(20) ApplicationStarted started) {
    long begin = System.nanoTime();
    Optional<Integer> number = ledger.activeNumber();
    if (number.isPresent()) {
      int version = number.get();
      Optional<TrainedModel> saved = ledger.savedModel(version).flatMap(training::load);
      if (saved.isPresent()) {
        active.use(saved.get(), version);
        LOG.info(() -> "model version " + version + " loaded from its saved model in " + ms(begin));
        return;
      }
      TrainedModel again = training.train(ledger.job(version).examples(), TrainingProgress.NONE);
      active.use(again, version);
      saves.fireAsync(new ModelToSave(again, version));
      LOG.info(() -> "model version " + version + " trained again in " + ms(begin));
      return;
    }
    firstVersion(begin);
  }

  private void firstVersion(long begin) {
    int version;
    try {
      version = ledger.start("first start: the shipped content", Editor.SYSTEM, true).number();
    } catch (TrainingAlreadyRunningException e) {
      // Another server trains version 1 right now. Nothing is put in use here, so the classifier
      // trains its own copy of the shipped content when first asked (the warm-up that follows),
      // and this server answers from that until the refresh finds version 1 active.
      LOG.info("another server trains the first model version; training a copy meanwhile");
      return;
    }
    try {
      TrainingJob job = ledger.job(version);
      TrainedModel model = training.train(job.examples(), TrainingProgress.NONE);
      if (ledger.finish(version, null, null, null, null, null)) {
        active.use(model, version);
        // Saving takes seconds the first customer need not wait for; should the server stop
        // before it is done, the next start trains the version again and saves it then.
        saves.fireAsync(new ModelToSave(model, version));
      }
    } catch (RuntimeException e) {
      ledger.fail(version, "failed at first start: " + e.getClass().getSimpleName());
      throw e;
    }
    LOG.info(() -> "model version " + version + " trained at first start in " + ms(begin));
  }

  private static String ms(long begin) {
    return (System.nanoTime() - begin) / 1_000_000 + " ms";
  }
}
