package io.postbot.handoff.domain.model.queue;

import io.postbot.shared.ConversationId;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * The waiting customers in the order they are served: whoever joined first, ties broken by
 * conversation id so every server agrees on the order.
 */
public final class Queue {

  private static final Comparator<QueueEntry> ORDER =
      Comparator.comparing(QueueEntry::queuedAt)
          .thenComparing(e -> e.conversation().value().toString());

  private final List<QueueEntry> waiting;

  public Queue(List<QueueEntry> entries) {
    this.waiting = entries.stream().filter(QueueEntry::isWaiting).sorted(ORDER).toList();
  }

  /** The waiting entries, first served first. */
  public List<QueueEntry> inOrder() {
    return waiting;
  }

  /** 1 for the next customer to be served; empty if the conversation is not waiting. */
  public OptionalInt positionOf(ConversationId conversation) {
    for (int i = 0; i < waiting.size(); i++) {
      if (waiting.get(i).conversation().equals(conversation)) {
        return OptionalInt.of(i + 1);
      }
    }
    return OptionalInt.empty();
  }

  public int length() {
    return waiting.size();
  }
}
