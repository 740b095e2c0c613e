package io.postbot.chat.infrastructure.tracking;

import io.postbot.chat.domain.model.tracking.PickupPoint;
import io.postbot.chat.domain.model.tracking.Shipment;
import io.postbot.chat.domain.model.tracking.ShipmentNotFound;
import io.postbot.chat.domain.model.tracking.ShipmentStatus;
import io.postbot.chat.domain.model.tracking.TrackingEvent;
import io.postbot.chat.domain.model.tracking.TrackingNumber;
import io.postbot.chat.domain.model.tracking.TrackingResult;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads one consignment's package, its events, dates and pickup point into a shipment. */
final class CarrierPackageJson {

  private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private CarrierPackageJson() {}

  static TrackingResult shipment(TrackingNumber number, JsonObject consignment) {
    JsonArray packages = consignment.getJsonArray("packageSet");
    if (packages == null || packages.isEmpty()) {
      return new ShipmentNotFound(number);
    }
    JsonObject parcel = packageFor(number, packages);
    List<TrackingEvent> events = events(parcel.getJsonArray("eventSet"));
    ShipmentStatus status =
        events.stream()
            .max(java.util.Comparator.comparing(TrackingEvent::time))
            .map(TrackingEvent::status)
            .orElse(ShipmentStatus.PRE_NOTIFIED);
    return new Shipment(
        number,
        status,
        events,
        date(parcel.get("expectedDeliveryDate")),
        pickupPoint(parcel.get("pickupPoint")),
        date(parcel.get("dateOfReturn")));
  }

  /** A shipment number covers several packages: prefer the one tracked, else the first. */
  private static JsonObject packageFor(TrackingNumber number, JsonArray packages) {
    return packages.getValuesAs(JsonObject.class).stream()
        .filter(p -> number.value().equalsIgnoreCase(p.getString("packageNumber", "")))
        .findFirst()
        .orElse(packages.getJsonObject(0));
  }

  private static List<TrackingEvent> events(JsonArray eventSet) {
    List<TrackingEvent> events = new ArrayList<>();
    if (eventSet == null) {
      return events;
    }
    for (JsonObject event : eventSet.getValuesAs(JsonObject.class)) {
      // An event without a readable time cannot be placed on the timeline: skip it, keep the rest.
      time(event.getString("dateIso", ""))
          .ifPresent(time ->
              events.add(
                  new TrackingEvent(
                      time,
                      ShipmentStatus.fromCarrierCode(event.getString("status", null)),
                      event.getString("description", ""),
                      event.getString("city", ""),
                      event.getString("postalCode", ""),
                      event.getString("countryCode", event.getString("country", "")))));
    }
    return events;
  }

  private static Optional<OffsetDateTime> time(String iso) {
    try {
      return Optional.of(OffsetDateTime.parse(iso));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Dates come as "2026-11-27", "27.11.2026" or {"year":"2026","month":"11","day":"27"}. */
  static Optional<LocalDate> date(JsonValue value) {
    try {
      if (value instanceof JsonString text && !text.getString().isBlank()) {
        String date = text.getString().strip();
        return Optional.of(
            date.contains(".")
                ? LocalDate.parse(date, NORWEGIAN_DATE)
                : LocalDate.parse(date.substring(0, Math.min(10, date.length()))));
      }
      if (value instanceof JsonObject parts) {
        return Optional.of(
            LocalDate.of(part(parts, "year"), part(parts, "month"), part(parts, "day")));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int part(JsonObject parts, String name) {
    JsonValue value = parts.get(name);
    return value instanceof JsonString text
        ? Integer.parseInt(text.getString().strip())
        : parts.getInt(name);
  }

  private static Optional<PickupPoint> pickupPoint(JsonValue value) {
    if (!(value instanceof JsonObject point) || point.getString("name", "").isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new PickupPoint(
            point.getString("name"),
            point.getString("address", ""),
            point.getString("postalCode", ""),
            point.getString("city", ""),
            openingHours(point.get("openingHours"))));
  }

  /** Opening hours as one line, whether the carrier sends a string or a list of lines. */
  private static String openingHours(JsonValue value) {
    if (value instanceof JsonString text) {
      return text.getString();
    }
    if (value instanceof JsonArray lines) {
      return lines.stream()
          .filter(JsonString.class::isInstance)
          .map(line -> ((JsonString) line).getString())
          .collect(Collectors.joining("; "));
    }
    return "";
  }
}
