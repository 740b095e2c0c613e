package io.postbot.chat.domain.model.tracking;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One step the carrier recorded for a shipment: when, what, and where (city, postal code and
 * country code, any of which may be empty, never null). The time keeps the carrier's offset.
 */
public record TrackingEvent(
    OffsetDateTime time,
    ShipmentStatus status,
    String description,
    String city,
    String postalCode,
    String countryCode) {

  public TrackingEvent {
    Objects.requireNonNull(time, "event time");
    Objects.requireNonNull(status, "event status");
    description = blankIfNull(description);
    city = blankIfNull(city);
    postalCode = blankIfNull(postalCode);
    countryCode = blankIfNull(countryCode);
  }

  private static String blankIfNull(String text) {
    return text == null ? "" : text.strip();
  }
}
