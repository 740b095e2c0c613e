package io.postbot.web.simulator;

import io.postbot.shared.Jsonp;
import io.postbot.web.simulator.SimulatedPlaces.PickupCounter;
import io.postbot.web.simulator.SimulatedPlaces.Place;
import io.postbot.web.simulator.SimulatedScenario.Step;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes a simulated parcel in the carrier's v2 tracking JSON: consignment, package, events. */
final class SimulatorJson {

  private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter DISPLAY_TIME = DateTimeFormatter.ofPattern("HH:mm");

  private SimulatorJson() {}

  static String of(SimulatedParcel parcel) {
    SimulatedScenario scenario = parcel.scenario();
    List<Step> steps = scenario.steps;
    JsonArrayBuilder events = Jsonp.createArrayBuilder();
    // The carrier lists events newest first.
    for (int i = steps.size() - 1; i >= 0; i--) {
      events.add(event(parcel, steps.get(i), i));
    }
    String latest = text(parcel, steps.getLast());
    JsonObjectBuilder pack =
        Jsonp.createObjectBuilder()
            .add("statusDescription", latest)
            .add("descriptions", Jsonp.createArrayBuilder())
            .add("packageNumber", parcel.number())
            .add("previousPackageNumber", "")
            .add("productName", scenario.atPickupPoint() ? "PICKUP PARCEL" : "HOME DELIVERY PARCEL")
            .add("productCode", scenario.atPickupPoint() ? "5800" : "5600")
            .add("brand", "POSTEN")
            .add("weightInKgs", 0.4 + parcel.key() % 90 / 10.0);
    if (scenario.expectedInDays != null) {
      pack.add(
          "expectedDeliveryDate",
          parcel.now().toLocalDate().plusDays(scenario.expectedInDays).toString());
    }
    if (scenario.collectWithinDays != null) {
      ZonedDateTime ready = parcel.time(steps.getLast(), steps.size() - 1);
      pack.add("dateOfReturn", ready.toLocalDate().plusDays(scenario.collectWithinDays).toString());
      pack.add("pickupPoint", pickupPoint(parcel.pickupPoint()));
    }
    pack.add("eventSet", events);
    JsonObjectBuilder consignment =
        Jsonp.createObjectBuilder()
            .add("consignmentId", parcel.number().length() == 17 ? parcel.number() : "")
            .add("previousConsignmentId", "")
            .add("packageSet", Jsonp.createArrayBuilder().add(pack))
            .add("totalWeightInKgs", 0.4 + parcel.key() % 90 / 10.0);
    return Jsonp.createObjectBuilder()
        .add("consignmentSet", Jsonp.createArrayBuilder().add(consignment))
        .build()
        .toString();
  }

  private static JsonObjectBuilder event(SimulatedParcel parcel, Step step, int index) {
    Place place = parcel.place(step.where());
    ZonedDateTime time = parcel.time(step, index);
    return Jsonp.createObjectBuilder()
        .add("description", text(parcel, step))
        .add("status", step.code())
        .add("recipientSignature", Jsonp.createObjectBuilder().add("name", ""))
        .add("unitId", place == null ? "" : place.postalCode().replace(" ", "") + "00")
        .add("unitType", step.code().equals("READY_FOR_PICKUP") ? "PICKUP_POINT" : "TERMINAL")
        .add("postalCode", place == null ? "" : place.postalCode())
        .add("city", place == null ? "" : place.city())
        .add("countryCode", place == null ? "NO" : place.countryCode())
        .add("country", place == null ? "Norway" : place.country())
        .add("dateIso", time.toOffsetDateTime().toString())
        .add("displayDate", DISPLAY_DATE.format(time))
        .add("displayTime", DISPLAY_TIME.format(time))
        .add("consignmentEvent", step.code().equals("PRE_NOTIFIED"));
  }

  private static JsonObjectBuilder pickupPoint(PickupCounter counter) {
    JsonArrayBuilder hours = Jsonp.createArrayBuilder();
    counter.openingHours().forEach(hours::add);
    return Jsonp.createObjectBuilder()
        .add("name", counter.name())
        .add("address", counter.address())
        .add("postalCode", counter.place().postalCode())
        .add("city", counter.place().city())
        .add("countryCode", counter.place().countryCode())
        .add("openingHours", hours);
  }

  private static String text(SimulatedParcel parcel, Step step) {
    return SimulatedTexts.text(step.text(), parcel.lang(), parcel.pickupPoint().name());
  }
}
