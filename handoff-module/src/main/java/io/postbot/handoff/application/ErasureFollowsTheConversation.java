package io.postbot.handoff.application;

import io.postbot.chat.api.ConversationErased;
import io.postbot.handoff.api.AgentChatEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;

/**
 * When a conversation is erased, the handoff context erases its part (contact details, notes, queue
 * entry, survey invitations) in the same transaction: both go together or neither does, so a server
 * that dies half-way leaves nothing behind to forget. Both contexts' tables live in the one
 * database, so this is one local transaction. If the handoff part fails, the erasure fails as a
 * whole and the customer can try again.
 */
@ApplicationScoped
public class ErasureFollowsTheConversation {

  @Inject AgentChatEraser eraser;

  protected ErasureFollowsTheConversation() {}

  /** For tests outside the container. */
  public ErasureFollowsTheConversation(AgentChatEraser eraser) {
    this.eraser = eraser;
  }

  void onErased(@Observes(during = TransactionPhase.IN_PROGRESS) ConversationErased erased) {
    eraser.erase(List.of(erased.conversation()));
  }
}
