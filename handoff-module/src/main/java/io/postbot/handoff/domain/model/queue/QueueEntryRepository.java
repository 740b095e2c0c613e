package io.postbot.handoff.domain.model.queue;

import io.postbot.shared.ConversationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The queue's storage; {@link #claim} is the one place where exactly-once taking is decided. */
public interface QueueEntryRepository {

  void add(QueueEntry entry);

  Optional<QueueEntry> find(ConversationId conversation);

  /** Everyone waiting, first come first served. */
  List<QueueEntry> waiting();

  /**
   * Takes a waiting entry for this agent if and only if it is still waiting, atomically in the
   * database (UPDATE ... WHERE state = 'WAITING'); true for exactly one caller.
   */
  boolean claim(ConversationId conversation, String agent, Instant now);

  /** Waiting times of entries taken since the given instant. */
  List<java.time.Duration> waitsTakenSince(Instant since);

  void erase(ConversationId conversation);
}
