package io.postbot.handoff.application;

import io.postbot.handoff.api.QueueStanding;
import io.postbot.handoff.domain.model.agent.AgentRepository;
import io.postbot.handoff.domain.model.agentchat.AgentChatRepository;
import io.postbot.handoff.domain.model.queue.Queue;
import io.postbot.handoff.domain.model.queue.QueueEntry;
import io.postbot.handoff.domain.model.queue.QueueEntryRepository;
import io.postbot.handoff.domain.model.queue.WaitEstimator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Positions and estimated waits of everyone in the queue, from the queue order, the agents online
 * now and the handling times of chats closed in the last {@link #RECENT}.
 */
@ApplicationScoped
public class QueueStandings {

  static final Duration RECENT = Duration.ofDays(7);

  @Inject QueueEntryRepository queue;
  @Inject AgentChatRepository chats;
  @Inject AgentRepository agents;

  protected QueueStandings() {}

  public QueueStandings(
      QueueEntryRepository queue, AgentChatRepository chats, AgentRepository agents) {
    this.queue = queue;
    this.chats = chats;
    this.agents = agents;
  }

  public int agentsOnline(Instant now) {
    return (int) agents.all().stream().filter(a -> a.isOnlineAt(now)).count();
  }

  public Duration averageHandling(Instant now) {
    return WaitEstimator.average(chats.handlingTimesClosedSince(now.minus(RECENT)));
  }

  public Queue current() {
    return new Queue(queue.waiting());
  }

  public List<QueueStanding> all(Instant now) {
    Queue current = current();
    int online = agentsOnline(now);
    Duration handling = averageHandling(now);
    List<QueueStanding> standings = new ArrayList<>();
    int position = 1;
    for (QueueEntry entry : current.inOrder()) {
      Long estimate =
          WaitEstimator.estimate(position, online, handling).map(Duration::toSeconds).orElse(null);
      standings.add(new QueueStanding(entry.conversation(), position, estimate));
      position++;
    }
    return standings;
  }
}
