package io.postbot.chat.application;

import io.postbot.chat.domain.model.tracking.PickupPoint;
import io.postbot.chat.domain.model.tracking.Shipment;
import io.postbot.chat.domain.model.tracking.ShipmentStatus;
import io.postbot.chat.domain.model.tracking.TrackingEvent;
import io.postbot.shared.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A shipment's state in plain words in the customer's language: the status, the latest event, and
 * either where and until when to collect it or when it is expected.
 */
final class ShipmentSummary {

  private ShipmentSummary() {}

  static String of(Shipment shipment, Language language) {
    List<String> lines = new ArrayList<>();
    lines.add(BotTexts.text(language, "status." + shipment.status(), shipment.number().value()));
    shipment.latestEvent().ifPresent(event -> lines.add(latest(event, language)));
    if (shipment.isReadyForPickup() && shipment.pickupPoint().isPresent()) {
      lines.addAll(pickup(shipment.pickupPoint().get(), language));
      shipment
          .collectBy()
          .ifPresent(date ->
              lines.add(
                  BotTexts.text(language, "tracking.collect-by", BotTexts.date(language, date))));
    } else if (!shipment.status().isFinal()) {
      shipment
          .expectedDelivery()
          .ifPresent(date ->
              lines.add(
                  BotTexts.text(language, "tracking.expected", BotTexts.date(language, date))));
    }
    return String.join("\n", lines);
  }

  /** A short label of the status for the tracking card ("Ready for pickup"). */
  static String label(ShipmentStatus status, Language language) {
    return BotTexts.text(language, "label." + status);
  }

  private static String latest(TrackingEvent event, Language language) {
    String when = BotTexts.dateTime(language, event.time());
    String what =
        event.description().isBlank() ? label(event.status(), language) : event.description();
    return event.city().isBlank()
        ? BotTexts.text(language, "tracking.latest", when, what)
        : BotTexts.text(language, "tracking.latest-in", when, what, placeName(event.city()));
  }

  private static List<String> pickup(PickupPoint point, Language language) {
    String place =
        String.join(
                ", ", point.address(), (point.postalCode() + " " + placeName(point.city())).strip())
            .replaceAll("^, |, $", "");
    List<String> lines = new ArrayList<>();
    lines.add(BotTexts.text(language, "tracking.pickup", point.name(), place));
    if (!point.openingHours().isBlank()) {
      lines.add(BotTexts.text(language, "tracking.opening-hours", point.openingHours()));
    }
    return lines;
  }

  /** The carrier writes places in capitals ("OSLO"); people write "Oslo". */
  static String placeName(String city) {
    if (!city.equals(city.toUpperCase(Locale.ROOT))) {
      return city;
    }
    return Arrays.stream(city.toLowerCase(Locale.ROOT).split(" "))
        .map(word ->
            word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1))
        .collect(Collectors.joining(" "));
  }
}
