package io.postbot.chat.infrastructure.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.domain.model.tracking.PickupPoint;
import io.postbot.chat.domain.model.tracking.Shipment;
import io.postbot.chat.domain.model.tracking.ShipmentNotFound;
import io.postbot.chat.domain.model.tracking.ShipmentStatus;
import io.postbot.chat.domain.model.tracking.TrackingEvent;
import io.postbot.chat.domain.model.tracking.TrackingNumber;
import io.postbot.chat.domain.model.tracking.TrackingUnavailableException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Reading the carrier's tracking answers")
class CarrierTrackingJsonTest {

  private static final TrackingNumber SSCC = TrackingNumber.parse("370701234567890125");

  @Test
  @DisplayName("a parcel at a pickup point has its status, events, pickup point and last day")
  void readsParcelReadyForPickup() {
    Shipment shipment =
        (Shipment)
            CarrierTrackingJson.read(SSCC, 200, RecordedAnswers.read("ready-for-pickup.json"));

    assertThat(shipment.status()).isEqualTo(ShipmentStatus.READY_FOR_PICKUP);
    assertThat(shipment.events())
        .extracting(TrackingEvent::status)
        .containsExactly(
            ShipmentStatus.READY_FOR_PICKUP,
            ShipmentStatus.AT_TERMINAL,
            ShipmentStatus.IN_TRANSIT,
            ShipmentStatus.PRE_NOTIFIED);
    TrackingEvent latest = shipment.latestEvent().orElseThrow();
    assertThat(latest.time()).isEqualTo(OffsetDateTime.parse("2026-11-25T09:12:00+01:00"));
    assertThat(latest.city()).isEqualTo("OSLO");
    assertThat(latest.postalCode()).isEqualTo("0555");
    assertThat(shipment.pickupPoint())
        .contains(
            new PickupPoint(
                "Coop Extra Grünerløkka",
                "Thorvald Meyers gate 45",
                "0555",
                "OSLO",
                "Mon-Fri 07:00-23:00; Sat 08:00-21:00; Sun closed"));
    assertThat(shipment.collectBy()).contains(LocalDate.of(2026, 12, 9));
    assertThat(shipment.expectedDelivery()).contains(LocalDate.of(2026, 11, 25));
  }

  @Test
  @DisplayName("an item in customs has its expected delivery from a year-month-day object")
  void readsItemInCustoms() {
    TrackingNumber item = TrackingNumber.parse("RR473124829NO");

    Shipment shipment =
        (Shipment) CarrierTrackingJson.read(item, 200, RecordedAnswers.read("in-customs.json"));

    assertThat(shipment.status()).isEqualTo(ShipmentStatus.IN_CUSTOMS);
    assertThat(shipment.expectedDelivery()).contains(LocalDate.of(2026, 12, 2));
    assertThat(shipment.pickupPoint()).isEmpty();
    assertThat(shipment.events()).last().extracting(TrackingEvent::countryCode).isEqualTo("CN");
  }

  @Test
  @DisplayName("of a shipment with several packages, the package tracked is chosen")
  void choosesTrackedPackage() {
    TrackingNumber second = TrackingNumber.parse("370701234567890149");

    Shipment shipment =
        (Shipment) CarrierTrackingJson.read(second, 200, RecordedAnswers.read("delivered.json"));

    assertThat(shipment.status()).isEqualTo(ShipmentStatus.DELIVERED);
    assertThat(shipment.events()).hasSize(1);
  }

  @Test
  @DisplayName("a shipment number takes its first package, with dates written the Norwegian way")
  void shipmentNumberTakesFirstPackage() {
    TrackingNumber shipmentNumber = TrackingNumber.parse("70438101001234561");

    Shipment shipment =
        (Shipment)
            CarrierTrackingJson.read(shipmentNumber, 200, RecordedAnswers.read("delivered.json"));

    assertThat(shipment.events()).hasSize(2);
    assertThat(shipment.expectedDelivery()).contains(LocalDate.of(2026, 11, 27));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {200, 404})
  @DisplayName("the carrier's \"No shipments found\" error means not found")
  void errorShapeMeansNotFound(int status) {
    assertThat(CarrierTrackingJson.read(SSCC, status, RecordedAnswers.read("not-found.json")))
        .isEqualTo(new ShipmentNotFound(SSCC));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "malformed.json",
        "<html>Service Unavailable</html>",
        "[]",
        "{}",
        "{\"consignmentSet\":[{\"error\":{\"code\":500,\"message\":\"Internal error\"}}]}",
        "{\"consignmentSet\":[{\"packageSet\":[{\"eventSet\":{\"not\":\"a list\"}}]}]}"
      })
  @DisplayName("anything malformed means the service is unavailable, without quoting the answer")
  void malformedMeansUnavailable(String body) {
    String answer = body.endsWith(".json") ? RecordedAnswers.read(body) : body;

    assertThatThrownBy(() -> CarrierTrackingJson.read(SSCC, 200, answer))
        .isInstanceOf(TrackingUnavailableException.class)
        .hasMessageNotContaining(SSCC.value())
        .hasNoCause();
  }

  @Test
  @DisplayName("a 404 without the carrier's error shape is a wrong address, not an unknown parcel")
  void plain404MeansUnavailable() {
    assertThatThrownBy(() -> CarrierTrackingJson.read(SSCC, 404, "<h1>Not Found</h1>"))
        .isInstanceOf(TrackingUnavailableException.class);
  }
}
