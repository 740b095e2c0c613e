package io.postbot.chat.application;

import io.postbot.chat.domain.model.tracking.PickupPoint;
import io.postbot.chat.domain.model.tracking.Shipment;
import io.postbot.chat.domain.model.tracking.ShipmentStatus;
import io.postbot.chat.domain.model.tracking.TrackingEvent;
import io.postbot.chat.domain.model.tracking.TrackingNumber;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Shipments in the states the dialogue tells apart. */
final class Shipments {

  static final TrackingNumber ITEM = TrackingNumber.parse("CT797294851NO");
  static final TrackingNumber SSCC = TrackingNumber.parse("370701234567890125");

  private Shipments() {}

  static Shipment readyForPickup(TrackingNumber number) {
    return new Shipment(
        number,
        ShipmentStatus.READY_FOR_PICKUP,
        List.of(
            event(
                "2026-11-24T22:40:00+01:00",
                ShipmentStatus.AT_TERMINAL,
                "Arrived at terminal",
                "OSLO"),
            event(
                "2026-11-25T09:12:00+01:00",
                ShipmentStatus.READY_FOR_PICKUP,
                "Ready for pickup at Coop Extra Grünerløkka",
                "OSLO")),
        Optional.of(LocalDate.of(2026, 11, 25)),
        Optional.of(
            new PickupPoint(
                "Coop Extra Grünerløkka",
                "Thorvald Meyers gate 45",
                "0555",
                "OSLO",
                "Mon-Fri 07-23, Sat 08-21")),
        Optional.of(LocalDate.of(2026, 12, 9)));
  }

  static Shipment inTransit(TrackingNumber number) {
    return new Shipment(
        number,
        ShipmentStatus.IN_TRANSIT,
        List.of(
            event(
                "2026-11-26T06:30:00+01:00",
                ShipmentStatus.IN_TRANSIT,
                "The shipment is on its way",
                "BERGEN")),
        Optional.of(LocalDate.of(2026, 11, 27)),
        Optional.empty(),
        Optional.empty());
  }

  private static TrackingEvent event(String time, ShipmentStatus status, String text, String city) {
    return new TrackingEvent(OffsetDateTime.parse(time), status, text, city, "0555", "NO");
  }
}
