package io.postbot.web.handoff;

import io.postbot.handoff.api.AgentChatClosed;
import io.postbot.handoff.api.AgentChatStarted;
import io.postbot.handoff.api.AgentTyping;
import io.postbot.handoff.api.CustomerLeftQueue;
import io.postbot.handoff.api.CustomerQueued;
import io.postbot.handoff.api.HandoffFacade;
import io.postbot.handoff.api.QueueStanding;
import io.postbot.web.chat.ChannelFrame;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

/**
 * Keeps waiting customers' widgets up to date: whenever the queue moves, everyone still waiting
 * gets {"type":"queue","position":n,"estimateSeconds":s}; agent typing, joining and leaving are
 * pushed too. The agent's messages themselves travel as conversation messages.
 */
@ApplicationScoped
public class HandoffLiveUpdates {

  @Inject HandoffFacade handoff;
  @Inject CustomerPush push;

  // Standings are read in a transaction of their own, off the committing thread: a committed
  // transaction can be neither joined nor suspended.
  @Resource ManagedExecutorService executor;

  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerQueued e) {
    pushStandings();
  }

  void left(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerLeftQueue e) {
    pushStandings();
  }

  void taken(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentChatStarted e) {
    push.push(e.conversation(), ChannelFrame.AGENT.builder().add("event", "joined").build());
    pushStandings();
  }

  void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentChatClosed e) {
    push.push(e.conversation(), ChannelFrame.AGENT.builder().add("event", "left").build());
  }

  void typing(@Observes AgentTyping e) {
    push.push(
        e.conversation(),
        ChannelFrame.TYPING
            .builder()
            .add("author", "agent")
            .add("typing", true)
            .add("name", e.agentName())
            .build());
  }

  private void pushStandings() {
    executor.execute(this::pushStandingsNow);
  }

  private void pushStandingsNow() {
    for (QueueStanding standing : handoff.standings()) {
      JsonObjectBuilder frame = ChannelFrame.QUEUE.builder().add("position", standing.position());
      if (standing.estimateSeconds() != null) {
        frame.add("estimateSeconds", standing.estimateSeconds());
      } else {
        frame.addNull("estimateSeconds");
      }
      push.push(standing.conversation(), frame.build());
    }
  }
}
