package io.postbot.chat.domain.model.tracking;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A shipment as the carrier tracks it: its current status, the events so far (newest first), when
 * it is expected, and, while it is ready for pickup, where to collect it and until when.
 */
public record Shipment(
    TrackingNumber number,
    ShipmentStatus status,
    List<TrackingEvent> events,
    Optional<LocalDate> expectedDelivery,
    Optional<PickupPoint> pickupPoint,
    Optional<LocalDate> collectBy)
    implements TrackingResult {

  public Shipment {
    Objects.requireNonNull(number, "tracking number");
    Objects.requireNonNull(status, "status");
    events = events.stream().sorted(Comparator.comparing(TrackingEvent::time).reversed()).toList();
    Objects.requireNonNull(expectedDelivery, "expected delivery");
    Objects.requireNonNull(pickupPoint, "pickup point");
    Objects.requireNonNull(collectBy, "collect by");
  }

  /** The most recent event, if the carrier has recorded any. */
  public Optional<TrackingEvent> latestEvent() {
    return events.stream().findFirst();
  }

  /** True when the customer should go and collect it: the pickup point then tells where. */
  public boolean isReadyForPickup() {
    return status == ShipmentStatus.READY_FOR_PICKUP;
  }
}
