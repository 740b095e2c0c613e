package io.postbot.web.cluster;

import io.postbot.chat.api.ContentPublished;
import io.postbot.chat.api.ConversationErased;
import io.postbot.chat.api.CustomerWroteToAgent;
import io.postbot.chat.api.MessagePosted;
import io.postbot.chat.api.ModelVersionActivated;
import io.postbot.handoff.api.AgentChatClosed;
import io.postbot.handoff.api.AgentChatStarted;
import io.postbot.handoff.api.AgentChatTransferred;
import io.postbot.handoff.api.AgentMessageSent;
import io.postbot.handoff.api.AgentTyping;
import io.postbot.handoff.api.CustomerLeftQueue;
import io.postbot.handoff.api.CustomerQueued;
import io.postbot.handoff.api.CustomerTyping;
import io.postbot.handoff.api.OfflineRequestLeft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Turns the contexts' events into live signals once their transaction committed (typing, never
 * stored, at once), so every server pushes from what is in the database.
 */
@ApplicationScoped
public class SignalRelay {

  @Inject LiveBus bus;

  void posted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted e) {
    bus.publish(new LiveSignal.MessagesAdded(e.conversation()));
  }

  void erased(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationErased e) {
    bus.publish(new LiveSignal.Erased(e.conversation()));
  }

  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerQueued e) {
    bus.publish(new LiveSignal.QueueMoved());
  }

  void left(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerLeftQueue e) {
    bus.publish(new LiveSignal.QueueMoved());
  }

  void offline(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfflineRequestLeft e) {
    bus.publish(new LiveSignal.QueueMoved());
  }

  void transferred(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentChatTransferred e) {
    bus.publish(new LiveSignal.QueueMoved());
  }

  void taken(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentChatStarted e) {
    bus.publish(new LiveSignal.AgentJoined(e.conversation()));
  }

  void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentChatClosed e) {
    bus.publish(new LiveSignal.AgentLeft(e.conversation()));
  }

  void customerWrote(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerWroteToAgent e) {
    bus.publish(new LiveSignal.ChatsChanged());
  }

  void agentWrote(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentMessageSent e) {
    bus.publish(new LiveSignal.ChatsChanged());
  }

  void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentPublished e) {
    bus.publish(new LiveSignal.ContentChanged());
  }

  void activated(@Observes(during = TransactionPhase.AFTER_SUCCESS) ModelVersionActivated e) {
    bus.publish(new LiveSignal.ContentChanged());
  }

  void agentTyping(@Observes AgentTyping e) {
    bus.publish(new LiveSignal.AgentIsTyping(e.conversation()));
  }

  void customerTyping(@Observes CustomerTyping e) {
    bus.publish(new LiveSignal.CustomerIsTyping(e.conversation()));
  }
}
