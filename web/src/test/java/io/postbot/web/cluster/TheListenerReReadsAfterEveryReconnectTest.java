package io.postbot.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.shared.ConversationId;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Notifications sent while a listener is disconnected are lost for it, so after every connect the
 * listener has everything open on its server re-read; in between it delivers the other servers'
 * signals and skips its own and any it cannot read.
 */
@DisplayName("The listener delivers the others' signals and re-reads after every reconnect")
class TheListenerReReadsAfterEveryReconnectTest {

  static final String OWN = "aaaaaaaaaaaa";
  static final String OTHER = "bbbbbbbbbbbb";
  static final ConversationId C = ConversationId.newId();

  final List<LiveSignal> delivered = new ArrayList<>();
  final List<Duration> pauses = new ArrayList<>();
  final Database database = new Database();
  final ListenLoop loop = new ListenLoop(database, OWN, delivered::add, pauses::add);

  @Test
  @DisplayName("connecting re-reads once, then the other servers' signals arrive in order")
  void deliversOthersSignals() throws Exception {
    database.sends(SignalCodec.encode(OTHER, new LiveSignal.MessagesAdded(C)));
    database.sends(SignalCodec.encode(OTHER, new LiveSignal.QueueMoved()));

    loop.step(); // connects
    loop.step(); // hears

    assertThat(delivered)
        .containsExactly(
            new LiveSignal.Resync(), new LiveSignal.MessagesAdded(C), new LiveSignal.QueueMoved());
  }

  @Test
  @DisplayName("its own signals (delivered when sent) and unreadable payloads are skipped")
  void skipsOwnAndUnreadable() throws Exception {
    loop.step();
    database.sends(SignalCodec.encode(OWN, new LiveSignal.MessagesAdded(C)));
    database.sends("1 bbbbbbbbbbbb message Kari's parcel");
    database.sends(SignalCodec.encode(OTHER, new LiveSignal.AgentJoined(C)));
    loop.step();

    assertThat(delivered).containsExactly(new LiveSignal.Resync(), new LiveSignal.AgentJoined(C));
  }

  @Test
  @DisplayName("a lost connection is opened again, with growing pauses while it fails, and re-read")
  void reconnectsAndReReads() throws Exception {
    loop.step();
    database.breaks();
    loop.step(); // the wait fails: disconnected
    assertThat(loop.connected()).isFalse();

    database.down(3);
    loop.step();
    loop.step();
    loop.step();
    assertThat(pauses)
        .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(loop.connected()).isFalse();

    loop.step(); // the database is back
    assertThat(loop.connected()).isTrue();
    assertThat(loop.connects()).isEqualTo(2);
    assertThat(delivered).containsExactly(new LiveSignal.Resync(), new LiveSignal.Resync());
  }

  @Test
  @DisplayName("the pause between attempts stops growing at its ceiling")
  void boundedPauses() throws Exception {
    database.down(10);
    for (int i = 0; i < 10; i++) {
      loop.step();
    }
    assertThat(pauses).last().isEqualTo(ListenLoop.LAST_RETRY);
    assertThat(pauses).allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(ListenLoop.LAST_RETRY));
  }

  @Test
  @DisplayName("a delivery that fails does not stop the listener")
  void survivesAFailedDelivery() throws Exception {
    List<LiveSignal> after = new ArrayList<>();
    ListenLoop fragile =
        new ListenLoop(
            database,
            OWN,
            s -> {
              if (s instanceof LiveSignal.QueueMoved) {
                throw new IllegalStateException("database blip");
              }
              after.add(s);
            },
            pauses::add);
    fragile.step();
    database.sends(SignalCodec.encode(OTHER, new LiveSignal.QueueMoved()));
    database.sends(SignalCodec.encode(OTHER, new LiveSignal.ChatsChanged()));
    fragile.step();

    assertThat(after).containsExactly(new LiveSignal.Resync(), new LiveSignal.ChatsChanged());
    assertThat(fragile.connected()).isTrue();
  }

  /** A database whose listening connections can be broken and which can refuse connections. */
  static final class Database implements Listening.Connector {
    private final Deque<String> pending = new ArrayDeque<>();
    private int refusals;
    private Connection current;

    void sends(String payload) {
      pending.add(payload);
    }

    void down(int attempts) {
      refusals = attempts;
    }

    void breaks() {
      current.broken = true;
    }

    @Override
    public Listening connect() throws SQLException {
      if (refusals > 0) {
        refusals--;
        throw new SQLTransientConnectionException("connection refused");
      }
      current = new Connection();
      return current;
    }

    final class Connection implements Listening {
      boolean broken;

      @Override
      public List<String> await(Duration timeout) throws SQLException {
        if (broken) {
          throw new SQLException("An I/O error occurred while sending to the backend.");
        }
        List<String> out = new ArrayList<>(pending);
        pending.clear();
        return out;
      }

      @Override
      public void close() {
        broken = true;
      }
    }
  }
}
