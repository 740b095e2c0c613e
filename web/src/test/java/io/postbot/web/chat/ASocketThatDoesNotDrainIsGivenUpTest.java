package io.postbot.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.shared.ConversationId;
import jakarta.json.Json;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The outbox of a customer socket: frames go out one at a time, in order, and nobody waits for
 * them; a socket that does not take its frame within the send timeout, or lets more pile up than
 * the outbox holds, is given up once, and what waits is dropped.
 */
@DisplayName("A customer socket that does not drain is given up, and nobody waits for it")
class ASocketThatDoesNotDrainIsGivenUpTest {

  private final Instant start = Instant.parse("2026-12-02T12:00:00Z");
  private Instant now = start;
  private final Clock clock =
      new Clock() {
        @Override
        public Instant instant() {
          return now;
        }

        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }
      };

  /** A socket that takes frames and completes them only when the test says so. */
  private final class Socket implements ChannelOutbox.Connection {
    final List<String> handedOver = new ArrayList<>();
    final List<Consumer<Throwable>> pending = new ArrayList<>();
    final List<String> givenUp = new ArrayList<>();
    boolean completesAtOnce;

    @Override
    public void send(String text, Consumer<Throwable> whenDone) {
      handedOver.add(text);
      if (completesAtOnce) {
        whenDone.accept(null);
      } else {
        pending.add(whenDone);
      }
    }

    @Override
    public void giveUp(String why) {
      givenUp.add(why);
    }

    void completeOldest() {
      pending.remove(0).accept(null);
    }
  }

  private final Socket socket = new Socket();

  private ChannelOutbox outbox(int frames, long characters) {
    return new ChannelOutbox(
        socket, new ChannelOutbox.Limits(frames, characters, Duration.ofSeconds(10)), clock);
  }

  @Test
  @DisplayName("one frame is in flight at a time; the next goes when it has gone, in order")
  void oneAtATime() {
    ChannelOutbox outbox = outbox(100, 100_000);

    outbox.accept("one");
    outbox.accept("two");
    outbox.accept("three");

    assertThat(socket.handedOver).containsExactly("one");
    assertThat(outbox.waiting()).isEqualTo(2);
    socket.completeOldest();
    assertThat(socket.handedOver).containsExactly("one", "two");
    socket.completeOldest();
    socket.completeOldest();
    assertThat(socket.handedOver).containsExactly("one", "two", "three");
    assertThat(socket.givenUp).isEmpty();
  }

  @Test
  @DisplayName("a socket that takes every frame at once gets them all, however many")
  void drainingSocket() {
    socket.completesAtOnce = true;
    ChannelOutbox outbox = outbox(10, 100_000);

    for (int i = 0; i < 50_000; i++) {
      outbox.accept("frame " + i);
    }

    assertThat(socket.handedOver).hasSize(50_000).endsWith("frame 49999");
    assertThat(outbox.overdue()).isFalse();
    assertThat(socket.givenUp).isEmpty();
  }

  @Test
  @DisplayName("a frame still in flight after the send timeout gives the socket up, once")
  void sendTimeout() {
    ChannelOutbox outbox = outbox(100, 100_000);
    outbox.accept("stuck");
    outbox.accept("behind it");

    now = start.plusSeconds(10);
    assertThat(outbox.overdue()).as("at the timeout").isFalse();
    now = start.plusSeconds(11);
    assertThat(outbox.overdue()).as("after it").isTrue();
    assertThat(outbox.overdue()).isTrue();

    assertThat(socket.givenUp).hasSize(1);
    assertThat(outbox.waiting()).isZero();
    outbox.accept("after giving up");
    socket.completeOldest();
    assertThat(socket.handedOver).containsExactly("stuck");
  }

  @Test
  @DisplayName("more frames or characters waiting than the outbox holds give the socket up at once")
  void overflow() {
    ChannelOutbox byFrames = outbox(2, 100_000);
    byFrames.accept("in flight");
    byFrames.accept("a");
    byFrames.accept("b");
    assertThat(socket.givenUp).isEmpty();
    byFrames.accept("c");
    assertThat(socket.givenUp).hasSize(1);
    assertThat(byFrames.givenUp()).isTrue();

    ChannelOutbox byCharacters = outbox(100, 10);
    byCharacters.accept("in flight");
    byCharacters.accept("0123456789");
    assertThat(socket.givenUp).hasSize(1);
    byCharacters.accept("!");
    assertThat(socket.givenUp).hasSize(2);
  }

  @Test
  @DisplayName("a failed send gives the socket up")
  void failedSend() {
    ChannelOutbox outbox = outbox(100, 100_000);
    outbox.accept("one");
    outbox.accept("two");

    socket.pending.remove(0).accept(new IOException("broken pipe"));

    assertThat(socket.givenUp).hasSize(1);
    assertThat(socket.handedOver).containsExactly("one");
  }

  @Test
  @DisplayName("the channels' sweep forgets a connection whose frame is overdue")
  void sweep() {
    CustomerChannels channels = new CustomerChannels();
    ConversationId conversation = ConversationId.newId();
    ChannelSubscription stalled =
        new ChannelSubscription(after -> List.of(), outbox(100, 100_000), 0);
    channels.subscribe(conversation, stalled);
    stalled.send(Json.createObjectBuilder().add("type", "typing").build());
    channels.sweep();
    assertThat(channels.isOpen(conversation)).isTrue();

    now = start.plusSeconds(11);
    channels.sweep();

    assertThat(channels.isOpen(conversation)).isFalse();
    assertThat(socket.givenUp).hasSize(1);
  }
}
