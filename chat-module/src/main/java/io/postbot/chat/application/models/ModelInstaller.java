package io.postbot.chat.application.models;

import io.postbot.chat.domain.model.understanding.ActiveModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Puts a model in use on this server once the transaction that activated it committed. */
@ApplicationScoped
public class ModelInstaller {

  @Inject ActiveModel active;

  void installed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModelInstalled installed) {
    active.use(installed.model(), installed.version());
  }
}
