package io.postbot.web.simulator;

import io.postbot.web.simulator.SimulatedPlaces.PickupCounter;
import io.postbot.web.simulator.SimulatedPlaces.Place;
import io.postbot.web.simulator.SimulatedScenario.Where;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One simulated parcel: its number, its story, and the places and times of that story, all chosen
 * from the key derived from its digits.
 */
record SimulatedParcel(
    String number,
    int key,
    SimulatedScenario scenario,
    String countryCode,
    String lang,
    ZonedDateTime now) {

  Place origin() {
    return SimulatedPlaces.TOWNS.get(key % SimulatedPlaces.TOWNS.size());
  }

  Place destination() {
    List<Place> towns = SimulatedPlaces.TOWNS;
    // Never the origin: shift by one to seven towns.
    return towns.get((key + 1 + (key / 7) % (towns.size() - 1)) % towns.size());
  }

  PickupCounter pickupPoint() {
    return SimulatedPlaces.PICKUP_POINTS.get((key / 3) % SimulatedPlaces.PICKUP_POINTS.size());
  }

  Place abroad() {
    String[] usual = {"CN", "DE", "SE", "GB", "US"};
    return SimulatedPlaces.abroad(
        countryCode.isEmpty() || countryCode.equals("NO")
            ? usual[key % usual.length]
            : countryCode);
  }

  Place place(Where where) {
    return switch (where) {
      case NOWHERE -> null;
      case ORIGIN -> origin();
      case DESTINATION -> destination();
      case PICKUP -> pickupPoint().place();
      case ABROAD -> abroad();
      case CUSTOMS -> SimulatedPlaces.CUSTOMS_OFFICE;
    };
  }

  /** When a step happened: its hours before now, plus minutes that differ from parcel to parcel. */
  ZonedDateTime time(SimulatedScenario.Step step, int index) {
    return now.minusHours(step.hoursAgo()).plusMinutes((key * 7L + index * 17L) % 60);
  }
}
