package io.postbot.handoff.application;

import io.postbot.chat.api.ConversationErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** When a conversation is erased, the handoff context erases its part once that has committed. */
@ApplicationScoped
public class ErasureFollowsTheConversation {

  @Inject HandoffRecordsService records;

  void onErased(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationErased erased) {
    records.eraseWith(erased);
  }
}
