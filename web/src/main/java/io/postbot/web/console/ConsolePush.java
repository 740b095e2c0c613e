package io.postbot.web.console;

import io.postbot.handoff.api.AgentDesk;
import io.postbot.web.cluster.LiveSignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Tells the consoles open on this server to refresh when the queue or a chat changed, on this
 * server or another, over their WebSocket ({@link ConsoleChannel}); pages poll slowly as a
 * fallback. The pushed message names what changed, never what anybody wrote.
 */
@ApplicationScoped
public class ConsolePush {

  @Inject ConsoleChannels console;
  @Inject AgentDesk desk;

  void queueMoved(@Observes LiveSignal.QueueMoved signal) {
    console.changed("queue");
  }

  void joined(@Observes LiveSignal.AgentJoined signal) {
    console.changed("queue");
  }

  void left(@Observes LiveSignal.AgentLeft signal) {
    console.changed("chat");
  }

  void chats(@Observes LiveSignal.ChatsChanged signal) {
    console.changed("chat");
  }

  /** Only the console of the customer's own agent hears them typing. */
  void customerTyping(@Observes LiveSignal.CustomerIsTyping signal) {
    desk.customerTypingHeard(signal.conversation());
    if (console.anyOpen()) {
      desk.agentOf(signal.conversation())
          .ifPresent(agent -> console.changedFor(agent.username(), "chat"));
    }
  }

  /** Signals may have been missed: every console here re-renders its queue and chats. */
  void resync(@Observes LiveSignal.Resync signal) {
    console.changed("queue");
    console.changed("chat");
  }
}
