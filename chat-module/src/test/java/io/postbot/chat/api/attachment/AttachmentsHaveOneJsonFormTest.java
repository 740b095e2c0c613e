package io.postbot.chat.api.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.api.AgentName;
import io.postbot.chat.api.HandoffReason;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Message attachments have one JSON form, stored and on the wire")
class AttachmentsHaveOneJsonFormTest {

  private static final String TOKEN = "a".repeat(43);

  private static final TrackingCard CARD =
      new TrackingCard(
          "CT797294851NO",
          "READY_FOR_PICKUP",
          "Ready for pickup",
          Optional.of(LocalDate.parse("2026-11-30")),
          Optional.of(LocalDate.parse("2026-12-14")),
          Optional.of(
              new TrackingCard.PickupPoint(
                  "Kiwi Grünerløkka", "Thorvald Meyers gate 1", "0555", "Oslo", "07-23")),
          List.of(
              new TrackingCard.Event(
                  OffsetDateTime.parse("2026-11-29T08:15+01:00"),
                  "READY_FOR_PICKUP",
                  "Arrived at the pickup point",
                  "Oslo",
                  "0555",
                  "NO")));

  @Test
  @DisplayName("every kind of attachment comes back as it was written")
  void roundTrip() {
    // given one message of each kind
    List<Attachments> messages =
        List.of(
            Attachments.of(
                CARD,
                new Buttons(
                    List.of(
                        new Buttons.Reply("Talk to a person", "talk_to_human"),
                        new Buttons.Link(
                            "Tracking page", URI.create("https://sporing.posten.no/x"))))),
            Attachments.of(new HandoffOffer(HandoffReason.TRACKING_FAILED)),
            Attachments.of(HandoffNotice.of(HandoffNotice.Change.JOINED, new AgentName("Kari"))),
            Attachments.of(HandoffNotice.of(HandoffNotice.Change.QUEUED)),
            Attachments.of(new SurveyInvitation(TOKEN)),
            Attachments.of(new AgentSignature(new AgentName("Ola"))),
            Attachments.none());

    // when written to the column and read back, then
    for (Attachments attachments : messages) {
      assertThat(AttachmentsJson.read(AttachmentsJson.write(attachments))).isEqualTo(attachments);
      assertThat(AttachmentsJson.fromJson(AttachmentsJson.toJson(attachments)))
          .isEqualTo(attachments);
    }
  }

  @Test
  @DisplayName("the wire form is the one the widget reads: one key per kind")
  void wireForm() {
    assertThat(
            AttachmentsJson.write(Attachments.of(new HandoffOffer(HandoffReason.CUSTOMER_ASKED))))
        .isEqualTo("{\"handoff\":{\"offer\":\"CUSTOMER_ASKED\"}}");
    assertThat(
            AttachmentsJson.write(
                Attachments.of(HandoffNotice.of(HandoffNotice.Change.LEFT, new AgentName("Kari")))))
        .isEqualTo("{\"handoff\":{\"event\":\"left\",\"agent\":\"Kari\"}}");
    assertThat(AttachmentsJson.write(Attachments.of(new SurveyInvitation(TOKEN))))
        .isEqualTo("{\"survey\":{\"token\":\"" + TOKEN + "\"}}");
    assertThat(AttachmentsJson.write(Attachments.of(new AgentSignature(new AgentName("Ola")))))
        .isEqualTo("{\"agent\":\"Ola\"}");
    assertThat(AttachmentsJson.write(Attachments.none())).isNull();
  }

  @Test
  @DisplayName("an offer of a person and a handoff notice are told apart by type, not by a key")
  void offerIsNotANotice() {
    Attachments notice =
        AttachmentsJson.read("{\"handoff\":{\"event\":\"joined\",\"agent\":\"Kari\"}}");
    Attachments offer = AttachmentsJson.read("{\"handoff\":{\"offer\":\"BOT_COULD_NOT_ANSWER\"}}");

    assertThat(notice.find(HandoffOffer.class)).isEmpty();
    assertThat(notice.find(HandoffNotice.class)).isPresent();
    assertThat(offer.find(HandoffOffer.class))
        .contains(new HandoffOffer(HandoffReason.BOT_COULD_NOT_ANSWER));
  }

  @Test
  @DisplayName("rows stored before the typed model read back: string notices, cards without status")
  void legacyRows() {
    assertThat(AttachmentsJson.read("{\"handoff\":\"queued\"}"))
        .isEqualTo(Attachments.of(HandoffNotice.of(HandoffNotice.Change.QUEUED)));
    assertThat(AttachmentsJson.read("{\"handoff\":\"offline\"}"))
        .isEqualTo(Attachments.of(HandoffNotice.of(HandoffNotice.Change.OFFLINE_REQUEST)));
    var card =
        AttachmentsJson.read(
            "{\"tracking\":{\"number\":\"CT797294851NO\",\"status\":\"IN_TRANSIT\",\"events\":"
                + "[{\"time\":\"2026-11-29T08:15:00+01:00\",\"description\":\"Sorted\"}]}}");
    assertThat(card.find(TrackingCard.class).orElseThrow().events())
        .singleElement()
        .satisfies(e -> assertThat(e.description()).isEqualTo("Sorted"));
    assertThat(AttachmentsJson.read(null).isEmpty()).isTrue();
  }

  @Test
  @DisplayName("bad values are refused when built: survey tokens, link schemes, duplicate kinds")
  void validatedWhenBuilt() {
    assertThatThrownBy(() -> new SurveyInvitation("short"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Buttons.Link("x", URI.create("javascript:alert(1)")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() ->
            Attachments.of(
                new AgentSignature(new AgentName("A")), new AgentSignature(new AgentName("B"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HandoffNotice(HandoffNotice.Change.JOINED, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            Json.createReader(new StringReader(AttachmentsJson.write(Attachments.of(CARD))))
                .readObject()
                .getJsonObject("tracking")
                .getString("expectedDelivery"))
        .isEqualTo("2026-11-30");
  }
}
