package io.postbot.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.shared.ConversationId;
import io.postbot.web.cluster.SignalCodec.Heard;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A live signal travels between servers as its kind and an id, nothing more")
class ASignalTravelsAsItsKindAndIdOnlyTest {

  static final String ORIGIN = "0123456789ab";
  static final ConversationId C = ConversationId.parse("0b8e8c4e-58f4-4a3c-9a51-3f0f3bb1f2a7");

  static final List<LiveSignal> EVERY_KIND =
      List.of(
          new LiveSignal.MessagesAdded(C),
          new LiveSignal.Erased(C),
          new LiveSignal.QueueMoved(),
          new LiveSignal.AgentJoined(C),
          new LiveSignal.AgentLeft(C),
          new LiveSignal.AgentIsTyping(C),
          new LiveSignal.CustomerIsTyping(C),
          new LiveSignal.ChatsChanged(),
          new LiveSignal.ContentChanged());

  @Test
  @DisplayName("every kind comes back as itself, with the sender's origin")
  void roundTrip() {
    for (LiveSignal signal : EVERY_KIND) {
      String payload = SignalCodec.encode(ORIGIN, signal);
      assertThat(SignalCodec.decode(payload)).contains(new Heard(ORIGIN, signal));
      assertThat(payload.length()).isLessThanOrEqualTo(SignalCodec.MAX_LENGTH);
    }
  }

  @Test
  @DisplayName("the payload is the version, the origin, the kind and the conversation id")
  void readableShape() {
    assertThat(SignalCodec.encode(ORIGIN, new LiveSignal.MessagesAdded(C)))
        .isEqualTo("1 0123456789ab message 0b8e8c4e-58f4-4a3c-9a51-3f0f3bb1f2a7");
    assertThat(SignalCodec.encode(ORIGIN, new LiveSignal.QueueMoved()))
        .isEqualTo("1 0123456789ab queue");
  }

  @Test
  @DisplayName("a resync stays on its server, and an origin must be a server's random name")
  void notForTheWire() {
    assertThatThrownBy(() -> SignalCodec.encode(ORIGIN, new LiveSignal.Resync()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SignalCodec.encode("kari", new LiveSignal.QueueMoved()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "",
        "1",
        "1 0123456789ab",
        "2 0123456789ab queue",
        "1 0123456789AB queue",
        "1 0123456789a queue",
        "1 0123456789ab resync",
        "1 0123456789ab sing",
        "1 0123456789ab queue 0b8e8c4e-58f4-4a3c-9a51-3f0f3bb1f2a7 x",
        "1 0123456789ab message",
        "1 0123456789ab message not-an-id",
        "1 0123456789ab message 0B8E8C4E-58F4-4A3C-9A51-3F0F3BB1F2A7",
        "1 0123456789ab  message 0b8e8c4e-58f4-4a3c-9a51-3f0f3bb1f2a7",
        "1 0123456789ab message 0b8e8c4e-58f4-4a3c-9a51-3f0f3bb1f2a7 ",
        "1 0123456789ab message Kari Nordmann wrote: my parcel 70123456789"
      })
  @DisplayName("anything else is not acted on")
  void anythingElseIsIgnored(String payload) {
    assertThat(SignalCodec.decode(payload)).isEmpty();
  }

  @Test
  @DisplayName("an oversized payload is not even split")
  void oversized() {
    assertThat(SignalCodec.decode("1 0123456789ab queue" + " ".repeat(100))).isEmpty();
    assertThat(SignalCodec.decode(null)).isEmpty();
  }
}
