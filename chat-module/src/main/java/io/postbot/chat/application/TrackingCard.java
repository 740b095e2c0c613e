package io.postbot.chat.application;

import io.postbot.chat.api.attachment.TrackingCard.Event;
import io.postbot.chat.api.attachment.TrackingCard.PickupPoint;
import io.postbot.chat.domain.model.tracking.Shipment;
import io.postbot.chat.domain.model.tracking.TrackingNumber;
import io.postbot.shared.Language;
import java.net.URI;
import java.util.Optional;

/**
 * The tracking card of a shipment, which the widget draws as a timeline: status with its sentence
 * for the customer, dates, where to collect it while it is ready for pickup, events newest first.
 */
final class TrackingCard {

  private TrackingCard() {}

  /** The carrier's own tracking page for the number. */
  static URI trackingPage(TrackingNumber number) {
    return URI.create("https://sporing.posten.no/sporing/" + number.value());
  }

  static io.postbot.chat.api.attachment.TrackingCard of(Shipment shipment, Language language) {
    Optional<PickupPoint> pickup =
        shipment.isReadyForPickup()
            ? shipment
                .pickupPoint()
                .map(point ->
                    new PickupPoint(
                        point.name(),
                        point.address(),
                        point.postalCode(),
                        ShipmentSummary.placeName(point.city()),
                        point.openingHours()))
            : Optional.empty();
    return new io.postbot.chat.api.attachment.TrackingCard(
        shipment.number().value(),
        shipment.status().name(),
        ShipmentSummary.label(shipment.status(), language),
        shipment.expectedDelivery(),
        shipment.collectBy(),
        pickup,
        shipment.events().stream()
            .map(event ->
                new Event(
                    event.time(),
                    event.status().name(),
                    event.description(),
                    ShipmentSummary.placeName(event.city()),
                    event.postalCode(),
                    event.countryCode()))
            .toList());
  }
}
