package io.postbot.chat.application.content;

import io.postbot.chat.domain.model.knowledge.KnowledgeInUse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Switches this server's bot to a publication once the transaction that made it committed. */
@ApplicationScoped
public class KnowledgeSwitch {

  @Inject KnowledgeInUse knowledge;

  void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicationReady ready) {
    knowledge.use(ready.content(), ready.version());
  }
}
