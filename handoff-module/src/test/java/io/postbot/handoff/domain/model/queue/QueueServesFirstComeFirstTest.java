package io.postbot.handoff.domain.model.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The queue serves customers first come, first served")
class QueueServesFirstComeFirstTest {

  private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

  @Test
  @DisplayName("positions follow the time of joining; taken and departed customers leave the queue")
  void order() {
    QueueEntry second = entry(T0.plusSeconds(30));
    QueueEntry first = entry(T0);
    QueueEntry third = entry(T0.plusSeconds(60));
    QueueEntry gone = entry(T0.plusSeconds(10));
    gone.leave(T0.plusSeconds(20));

    Queue queue = new Queue(List.of(second, first, third, gone));

    assertThat(queue.inOrder()).containsExactly(first, second, third);
    assertThat(queue.positionOf(second.conversation())).hasValue(2);
    assertThat(queue.positionOf(gone.conversation())).isEmpty();

    first.take("kari", T0.plusSeconds(90));
    Queue after = new Queue(List.of(second, first, third));
    assertThat(after.positionOf(second.conversation())).hasValue(1);
    assertThat(after.length()).isEqualTo(2);
  }

  @Test
  @DisplayName("an entry is taken once: a second agent gets nothing")
  void takenOnce() {
    QueueEntry entry = entry(T0);
    assertThat(entry.take("kari", T0.plusSeconds(5))).isTrue();
    assertThat(entry.take("ola", T0.plusSeconds(6))).isFalse();
    assertThat(entry.takenBy()).isEqualTo("kari");
    assertThat(entry.waitedUntil(T0.plusSeconds(100))).hasSeconds(5);
  }

  @Test
  @DisplayName("a customer who left and comes back joins the end of the queue")
  void rejoin() {
    QueueEntry entry = entry(T0);
    entry.leave(T0.plusSeconds(5));
    entry.rejoin(T0.plusSeconds(50));
    assertThat(entry.isWaiting()).isTrue();
    assertThat(entry.queuedAt()).isEqualTo(T0.plusSeconds(50));
  }

  @Test
  @DisplayName("the queue keeps the bot's summary: recognised intents, never text")
  void intents() {
    QueueEntry entry =
        QueueEntry.join(
            ConversationId.newId(), Language.NB, List.of("track_parcel", "complaint_damaged"), T0);
    assertThat(entry.intents()).containsExactly("track_parcel", "complaint_damaged");
  }

  static QueueEntry entry(Instant at) {
    return QueueEntry.join(ConversationId.newId(), Language.EN, List.of(), at);
  }
}
