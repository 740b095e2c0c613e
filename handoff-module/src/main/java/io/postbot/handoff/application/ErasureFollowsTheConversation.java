package io.postbot.handoff.application;

import io.postbot.chat.api.ConversationErased;
import io.postbot.handoff.api.AgentChatEraser;
import io.postbot.shared.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;

/**
 * When a conversation is erased, the handoff context erases its part once that has committed: on
 * another thread, in a transaction of its own (a committed transaction cannot be joined).
 */
@ApplicationScoped
public class ErasureFollowsTheConversation {

  /** The conversation's erasure committed; the handoff data is next. */
  public record HandoffErasureDue(ConversationId conversation) {}

  @Inject AgentChatEraser eraser;
  @Inject Event<HandoffErasureDue> due;

  void onErased(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationErased erased) {
    due.fireAsync(new HandoffErasureDue(erased.conversation()));
  }

  void erase(@ObservesAsync HandoffErasureDue due) {
    eraser.erase(List.of(due.conversation()));
  }
}
