package io.postbot.web.console;

import io.postbot.chat.api.CustomerWroteToAgent;
import io.postbot.handoff.api.AgentChatClosed;
import io.postbot.handoff.api.AgentChatStarted;
import io.postbot.handoff.api.AgentChatTransferred;
import io.postbot.handoff.api.AgentMessageSent;
import io.postbot.handoff.api.CustomerLeftQueue;
import io.postbot.handoff.api.CustomerQueued;
import io.postbot.handoff.api.CustomerTyping;
import io.postbot.handoff.api.OfflineRequestLeft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tells open consoles to refresh when the queue or a chat changed, over their WebSocket ({@link
 * ConsoleChannel}); pages poll slowly as a fallback. The pushed message names what changed, never
 * what anybody wrote.
 */
@ApplicationScoped
public class ConsolePush {

  @Inject ConsoleChannels console;

  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerQueued e) {
    console.changed("queue");
  }

  void left(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerLeftQueue e) {
    console.changed("queue");
  }

  void taken(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentChatStarted e) {
    console.changed("queue");
  }

  void offline(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfflineRequestLeft e) {
    console.changed("queue");
  }

  void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentChatClosed e) {
    console.changed("chat");
  }

  void transferred(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentChatTransferred e) {
    console.changed("queue");
  }

  void customerWrote(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerWroteToAgent e) {
    console.changed("chat");
  }

  void agentWrote(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentMessageSent e) {
    console.changed("chat");
  }

  /** Only the console of the customer's own agent hears them typing. */
  void customerTyping(@Observes CustomerTyping e) {
    console.changedFor(e.agent(), "chat");
  }
}
