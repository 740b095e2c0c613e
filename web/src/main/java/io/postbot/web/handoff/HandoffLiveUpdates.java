package io.postbot.web.handoff;

import io.postbot.handoff.api.AgentDesk;
import io.postbot.handoff.api.ChatAgent;
import io.postbot.handoff.api.HandoffFacade;
import io.postbot.handoff.api.QueueStanding;
import io.postbot.web.chat.ChannelFrame;
import io.postbot.web.cluster.LiveSignal;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;

/**
 * Keeps the widgets open on this server up to date, whichever server the change happened on:
 * whenever the queue moves, everyone still waiting gets {"type":"queue","position":n,
 * "estimateSeconds":s}, computed from the database, so every server tells the same; agent typing,
 * joining and leaving are pushed too. The agent's messages themselves travel as conversation
 * messages.
 */
@ApplicationScoped
public class HandoffLiveUpdates {

  @Inject HandoffFacade handoff;
  @Inject AgentDesk desk;
  @Inject CustomerPush push;

  // Standings are read in a transaction of their own, off the committing thread: a committed
  // transaction can be neither joined nor suspended.
  @Resource ManagedExecutorService executor;

  void queueMoved(@Observes LiveSignal.QueueMoved signal) {
    pushStandings();
  }

  void joined(@Observes LiveSignal.AgentJoined signal) {
    push.push(signal.conversation(), ChannelFrame.AGENT.builder().add("event", "joined").build());
    pushStandings();
  }

  void left(@Observes LiveSignal.AgentLeft signal) {
    push.push(signal.conversation(), ChannelFrame.AGENT.builder().add("event", "left").build());
  }

  void typing(@Observes LiveSignal.AgentIsTyping signal) {
    if (!push.isOpen(signal.conversation())) {
      return; // nobody here to tell: no need to look the agent up
    }
    desk.agentOf(signal.conversation())
        .map(ChatAgent::displayName)
        .ifPresent(name ->
            push.push(
                signal.conversation(),
                ChannelFrame.TYPING
                    .builder()
                    .add("author", "agent")
                    .add("typing", true)
                    .add("name", name)
                    .build()));
  }

  /** Signals may have been missed: the waiting customers here get their standing again. */
  void resync(@Observes LiveSignal.Resync signal) {
    pushStandings();
  }

  private void pushStandings() {
    executor.execute(this::pushStandingsNow);
  }

  private void pushStandingsNow() {
    for (QueueStanding standing : handoff.standings()) {
      if (!push.isOpen(standing.conversation())) {
        continue;
      }
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
