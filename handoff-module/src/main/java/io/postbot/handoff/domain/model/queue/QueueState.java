package io.postbot.handoff.domain.model.queue;

/** Where a customer stands in the queue: waiting, taken by an agent, or gone. */
public enum QueueState {
  WAITING,
  TAKEN,
  LEFT
}
