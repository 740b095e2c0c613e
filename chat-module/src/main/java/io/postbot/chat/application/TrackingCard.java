package io.postbot.chat.application;

import io.postbot.chat.domain.model.knowledge.Button;
import io.postbot.chat.domain.model.tracking.Shipment;
import io.postbot.chat.domain.model.tracking.TrackingEvent;
import io.postbot.chat.domain.model.tracking.TrackingNumber;
import io.postbot.shared.Language;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.List;

/**
 * The structured tracking card in a bot message's payload, which the widget draws as a timeline:
 * {@code {"tracking":{"number", "status", "statusText", "expectedDelivery", "collectBy",
 * "pickupPoint", "events":[{"time", "status", "description", "city", "postalCode",
 * "countryCode"}]}, "buttons":[...]}}. Dates are ISO 8601; events newest first.
 */
final class TrackingCard {

  /** Enough events for any real history while the payload stays well within its column. */
  static final int MAX_EVENTS = 25;

  private TrackingCard() {}

  /** The carrier's own tracking page for the number. */
  static URI trackingPage(TrackingNumber number) {
    return URI.create("https://sporing.posten.no/sporing/" + number.value());
  }

  static String payload(Shipment shipment, Language language, List<Button> buttons) {
    JsonObjectBuilder tracking =
        Json.createObjectBuilder()
            .add("number", shipment.number().value())
            .add("status", shipment.status().name())
            .add("statusText", ShipmentSummary.label(shipment.status(), language));
    shipment
        .expectedDelivery()
        .ifPresent(date -> tracking.add("expectedDelivery", date.toString()));
    shipment.collectBy().ifPresent(date -> tracking.add("collectBy", date.toString()));
    if (shipment.isReadyForPickup()) {
      shipment
          .pickupPoint()
          .ifPresent(point ->
              tracking.add(
                  "pickupPoint",
                  Json.createObjectBuilder()
                      .add("name", point.name())
                      .add("address", point.address())
                      .add("postalCode", point.postalCode())
                      .add("city", ShipmentSummary.placeName(point.city()))
                      .add("openingHours", point.openingHours())));
    }
    tracking.add("events", events(shipment.events()));
    return Json.createObjectBuilder()
        .add("tracking", tracking)
        .add("buttons", BotReply.buttons(buttons))
        .build()
        .toString();
  }

  private static JsonArrayBuilder events(List<TrackingEvent> events) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    events.stream()
        .limit(MAX_EVENTS)
        .forEach(event ->
            array.add(
                Json.createObjectBuilder()
                    .add("time", event.time().toString())
                    .add("status", event.status().name())
                    .add("description", clip(event.description()))
                    .add("city", ShipmentSummary.placeName(event.city()))
                    .add("postalCode", event.postalCode())
                    .add("countryCode", event.countryCode())));
    return array;
  }

  private static String clip(String text) {
    return text.length() <= 300 ? text : text.substring(0, 299) + "…";
  }
}
