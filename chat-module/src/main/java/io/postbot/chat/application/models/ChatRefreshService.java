package io.postbot.chat.application.models;

import io.postbot.chat.api.ChatRefresh;
import io.postbot.chat.domain.model.knowledge.KnowledgeInUse;
import io.postbot.chat.domain.model.understanding.ActiveModel;
import io.postbot.chat.domain.model.understanding.ModelTraining;
import io.postbot.chat.domain.model.understanding.TrainedModel;
import io.postbot.chat.domain.model.understanding.TrainingProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Catches this server up with the database: a newer publication, another active model version
 * (activated or rolled back on another server). Two small queries when nothing changed; no
 * transaction is held while a model is read or, when its saved form does not read, trained again.
 */
@ApplicationScoped
public class ChatRefreshService implements ChatRefresh {

  private static final Logger LOG = Logger.getLogger(ChatRefreshService.class.getName());

  @Inject KnowledgeInUse knowledge;
  @Inject ModelLedger ledger;
  @Inject ModelTraining training;
  @Inject ActiveModel active;

  @Override
  public synchronized void catchUp() {
    Optional<Integer> latest = ledger.latestPublication();
    if (latest.isPresent() && !latest.equals(knowledge.version())) {
      int version = latest.get();
      knowledge.use(ledger.content(version), version);
      LOG.info(() -> "content version " + version + " in use");
    }
    Optional<Integer> activeVersion = ledger.activeNumber();
    if (activeVersion.isPresent() && !activeVersion.equals(active.version())) {
      int version = activeVersion.get();
      TrainedModel model =
          ledger
              .savedModel(version)
              .flatMap(training::load)
              .orElseGet(
                  () -> training.train(ledger.job(version).examples(), TrainingProgress.NONE));
      active.use(model, version);
      LOG.info(() -> "model version " + version + " in use");
    }
  }
}
