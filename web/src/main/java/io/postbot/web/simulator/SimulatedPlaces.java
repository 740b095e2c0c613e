package io.postbot.web.simulator;

import java.util.List;
import java.util.Map;

/** The places the simulator's parcels pass through: towns, terminals, pickup points, abroad. */
final class SimulatedPlaces {

  /** A place as the carrier's events name it. */
  record Place(String city, String postalCode, String countryCode, String country) {}

  /** A counter where parcels wait to be collected. */
  record PickupCounter(String name, String address, Place place, List<String> openingHours) {}

  static final List<Place> TOWNS =
      List.of(
          norwegian("OSLO", "0150"),
          norwegian("BERGEN", "5014"),
          norwegian("TRONDHEIM", "7014"),
          norwegian("STAVANGER", "4006"),
          norwegian("KRISTIANSAND S", "4611"),
          norwegian("TROMSØ", "9008"),
          norwegian("DRAMMEN", "3015"),
          norwegian("FREDRIKSTAD", "1606"));

  static final Place CUSTOMS_OFFICE = norwegian("OSLO", "0024");

  static final List<PickupCounter> PICKUP_POINTS =
      List.of(
          counter("Coop Extra Grünerløkka", "Thorvald Meyers gate 45", "OSLO", "0555"),
          counter("Kiwi Bergen Sentrum", "Olav Kyrres gate 23", "BERGEN", "5014"),
          counter("Rema 1000 Solsiden", "Beddingen 10", "TRONDHEIM", "7014"),
          counter("Meny Stavanger Torget", "Torget 4", "STAVANGER", "4006"),
          counter("Extra Markens", "Markens gate 20", "KRISTIANSAND S", "4611"),
          counter("Joker Storgata", "Storgata 80", "TROMSØ", "9008"));

  private static final Map<String, Place> ABROAD =
      Map.of(
          "CN", new Place("SHANGHAI", "200000", "CN", "China"),
          "DE", new Place("FRANKFURT AM MAIN", "60549", "DE", "Germany"),
          "SE", new Place("STOCKHOLM", "11120", "SE", "Sweden"),
          "GB", new Place("LONDON", "EC1A 1BB", "GB", "United Kingdom"),
          "US", new Place("NEW YORK", "10001", "US", "United States"));

  private static final Place ELSEWHERE = new Place("AMSTERDAM", "1011", "NL", "Netherlands");

  private SimulatedPlaces() {}

  /** Where an item from this country comes from ("CN" gives Shanghai). */
  static Place abroad(String countryCode) {
    return ABROAD.getOrDefault(countryCode, ELSEWHERE);
  }

  private static Place norwegian(String city, String postalCode) {
    return new Place(city, postalCode, "NO", "Norway");
  }

  private static PickupCounter counter(String name, String address, String city, String code) {
    return new PickupCounter(
        name,
        address,
        norwegian(city, code),
        List.of("Mon-Fri 07:00-23:00", "Sat 08:00-21:00", "Sun closed"));
  }
}
