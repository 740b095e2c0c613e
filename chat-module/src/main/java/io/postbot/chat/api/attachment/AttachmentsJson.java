package io.postbot.chat.api.attachment;

import io.postbot.chat.api.AgentName;
import io.postbot.chat.api.HandoffReason;
import io.postbot.shared.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one JSON form of a message's attachments, the same in the stored column, the REST API, the
 * WebSocket and the JSON transcript: one object, one key per kind ({@code buttons}, {@code
 * tracking}, {@code handoff} with {@code offer} or {@code event}, {@code survey}, {@code agent}),
 * as docs/widget.md lists. Reading accepts exactly what writing produces.
 */
public final class AttachmentsJson {

  private AttachmentsJson() {}

  /** The JSON object for the wire; empty attachments give an empty object. */
  public static JsonObject toJson(Attachments attachments) {
    JsonObjectBuilder json = Jsonp.createObjectBuilder();
    for (Attachment attachment : attachments.list()) {
      switch (attachment) {
        case Buttons b -> json.add("buttons", buttons(b));
        case TrackingCard card -> json.add("tracking", TrackingCardJson.toJson(card));
        case HandoffOffer offer ->
            json.add("handoff", Jsonp.createObjectBuilder().add("offer", offer.reason().name()));
        case HandoffNotice notice -> {
          var handoff = Jsonp.createObjectBuilder().add("event", notice.change().json());
          notice.agent().ifPresent(agent -> handoff.add("agent", agent.value()));
          json.add("handoff", handoff);
        }
        case SurveyInvitation survey ->
            json.add("survey", Jsonp.createObjectBuilder().add("token", survey.token()));
        case AgentSignature signature -> json.add("agent", signature.agent().value());
      }
    }
    return json.build();
  }

  /** The stored column: null for none, so messages without extras store nothing. */
  public static String write(Attachments attachments) {
    return attachments.isEmpty() ? null : toJson(attachments).toString();
  }

  /** Back from the stored column (null or blank is none). */
  public static Attachments read(String column) {
    if (column == null || column.isBlank()) {
      return Attachments.none();
    }
    try (var reader = Jsonp.createReader(new StringReader(column))) {
      return fromJson(reader.readObject());
    }
  }

  public static Attachments fromJson(JsonObject json) {
    List<Attachment> list = new ArrayList<>();
    if (json.get("tracking") instanceof JsonObject tracking) {
      list.add(TrackingCardJson.fromJson(tracking));
    }
    if (json.get("buttons") instanceof JsonArray buttons && !buttons.isEmpty()) {
      list.add(buttons(buttons));
    }
    if (json.get("handoff") instanceof JsonObject handoff) {
      if (handoff.containsKey("offer")) {
        list.add(new HandoffOffer(HandoffReason.valueOf(handoff.getString("offer"))));
      } else {
        list.add(
            new HandoffNotice(
                HandoffNotice.Change.ofJson(handoff.getString("event")),
                Optional.ofNullable(handoff.getString("agent", null)).map(AgentName::new)));
      }
    } else if (json.get("handoff") instanceof JsonString legacy) {
      // rows stored before the typed model wrote {"handoff":"queued"} and {"handoff":"offline"}
      list.add(HandoffNotice.of(HandoffNotice.Change.ofJson(legacy.getString())));
    }
    if (json.get("survey") instanceof JsonObject survey) {
      list.add(new SurveyInvitation(survey.getString("token")));
    }
    if (json.containsKey("agent")) {
      list.add(new AgentSignature(new AgentName(json.getString("agent"))));
    }
    return new Attachments(list);
  }

  private static jakarta.json.JsonArrayBuilder buttons(Buttons buttons) {
    var array = Jsonp.createArrayBuilder();
    for (Buttons.Button button : buttons.buttons()) {
      var json = Jsonp.createObjectBuilder().add("label", button.label());
      switch (button) {
        case Buttons.Link link -> json.add("url", link.url().toString());
        case Buttons.Reply reply -> json.add("intent", reply.intent());
      }
      array.add(json);
    }
    return array;
  }

  private static Buttons buttons(JsonArray array) {
    List<Buttons.Button> buttons = new ArrayList<>();
    for (JsonValue value : array) {
      JsonObject button = value.asJsonObject();
      String label = button.getString("label");
      buttons.add(
          button.containsKey("url")
              ? new Buttons.Link(label, URI.create(button.getString("url")))
              : new Buttons.Reply(label, button.getString("intent")));
    }
    return new Buttons(buttons);
  }

  /** The tracking card's part of the JSON form. */
  static final class TrackingCardJson {

    private TrackingCardJson() {}

    static JsonObjectBuilder toJson(TrackingCard card) {
      JsonObjectBuilder json =
          Jsonp.createObjectBuilder()
              .add("number", card.number())
              .add("status", card.status())
              .add("statusText", card.statusText());
      card.expectedDelivery().ifPresent(date -> json.add("expectedDelivery", date.toString()));
      card.collectBy().ifPresent(date -> json.add("collectBy", date.toString()));
      card.pickupPoint()
          .ifPresent(point ->
              json.add(
                  "pickupPoint",
                  Jsonp.createObjectBuilder()
                      .add("name", point.name())
                      .add("address", point.address())
                      .add("postalCode", point.postalCode())
                      .add("city", point.city())
                      .add("openingHours", point.openingHours())));
      var events = Jsonp.createArrayBuilder();
      for (TrackingCard.Event event : card.events()) {
        events.add(
            Jsonp.createObjectBuilder()
                .add("time", event.time().toString())
                .add("status", event.status())
                .add("description", event.description())
                .add("city", event.city())
                .add("postalCode", event.postalCode())
                .add("countryCode", event.countryCode()));
      }
      return json.add("events", events);
    }

    static TrackingCard fromJson(JsonObject json) {
      List<TrackingCard.Event> events = new ArrayList<>();
      if (json.get("events") instanceof JsonArray array) {
        for (JsonValue value : array) {
          JsonObject event = value.asJsonObject();
          events.add(
              new TrackingCard.Event(
                  OffsetDateTime.parse(event.getString("time")),
                  event.getString("status", ""),
                  event.getString("description", ""),
                  event.getString("city", ""),
                  event.getString("postalCode", ""),
                  event.getString("countryCode", "")));
        }
      }
      Optional<TrackingCard.PickupPoint> pickup =
          json.get("pickupPoint") instanceof JsonObject point
              ? Optional.of(
                  new TrackingCard.PickupPoint(
                      point.getString("name"),
                      point.getString("address", ""),
                      point.getString("postalCode", ""),
                      point.getString("city", ""),
                      point.getString("openingHours", "")))
              : Optional.empty();
      return new TrackingCard(
          json.getString("number"),
          json.getString("status"),
          json.getString("statusText", json.getString("status")),
          date(json, "expectedDelivery"),
          date(json, "collectBy"),
          pickup,
          events);
    }

    private static Optional<LocalDate> date(JsonObject json, String key) {
      return json.get(key) instanceof jakarta.json.JsonString text
          ? Optional.of(LocalDate.parse(text.getString()))
          : Optional.empty();
    }
  }
}
