package io.postbot.chat.api.attachment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parcel's tracking card, which the widget draws as a timeline and transcripts print: status (its
 * code and the sentence for the customer), dates, where to collect it, events newest first.
 */
public record TrackingCard(
    String number,
    String status,
    String statusText,
    Optional<LocalDate> expectedDelivery,
    Optional<LocalDate> collectBy,
    Optional<PickupPoint> pickupPoint,
    List<Event> events)
    implements Attachment {

  /** Enough events for any real history while the message stays well within its column. */
  public static final int MAX_EVENTS = 25;

  public TrackingCard {
    Objects.requireNonNull(number, "tracking number");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusText, "status text");
    Objects.requireNonNull(expectedDelivery, "expected delivery");
    Objects.requireNonNull(collectBy, "collect by");
    Objects.requireNonNull(pickupPoint, "pickup point");
    events = events.stream().limit(MAX_EVENTS).toList();
  }

  /** Where to collect a parcel that is ready for pickup; fields may be empty, never null. */
  public record PickupPoint(
      String name, String address, String postalCode, String city, String openingHours) {
    public PickupPoint {
      Objects.requireNonNull(name, "name");
      address = Objects.requireNonNullElse(address, "");
      postalCode = Objects.requireNonNullElse(postalCode, "");
      city = Objects.requireNonNullElse(city, "");
      openingHours = Objects.requireNonNullElse(openingHours, "");
    }
  }

  /** One step the carrier recorded; place fields may be empty, never null. */
  public record Event(
      OffsetDateTime time,
      String status,
      String description,
      String city,
      String postalCode,
      String countryCode) {
    public Event {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(status, "status");
      description = clip(Objects.requireNonNullElse(description, ""));
      city = Objects.requireNonNullElse(city, "");
      postalCode = Objects.requireNonNullElse(postalCode, "");
      countryCode = Objects.requireNonNullElse(countryCode, "");
    }

    private static String clip(String text) {
      return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }
  }
}
