package io.postbot.web.simulator;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Plays the carrier's tracking API: for any tracking number it tells a realistic history in the v2
 * JSON shape, derived from the number's digits, so the same number tells the same story within the
 * hour. About one number in sixteen is "not found". Keeps and logs nothing.
 */
public final class TrackingSimulator {

  static final ZoneId CARRIER_TIME = ZoneId.of("Europe/Oslo");
  static final String NOT_FOUND =
      "{\"consignmentSet\":[{\"error\":{\"code\":404,\"message\":\"No shipments found\"}}]}";

  private static final Pattern S10 = Pattern.compile("[A-Z]{2}\\d{9}[A-Z]{2}");
  private static final Pattern DIGITS = Pattern.compile("\\d{17,18}");

  private final Clock clock;

  public TrackingSimulator(Clock clock) {
    this.clock = clock;
  }

  /** The answer to {@code GET tracking.json?q=<query>&lang=<lang>}. */
  public SimulatedAnswer track(String query, String lang) {
    String number = normalise(query);
    if (!S10.matcher(number).matches() && !DIGITS.matcher(number).matches()) {
      return new SimulatedAnswer(404, NOT_FOUND);
    }
    int key = key(number);
    if (key % 16 == 0) {
      return new SimulatedAnswer(404, NOT_FOUND);
    }
    SimulatedScenario scenario =
        SimulatedScenario.values()[key % SimulatedScenario.values().length];
    ZonedDateTime now =
        ZonedDateTime.now(clock.withZone(CARRIER_TIME)).truncatedTo(ChronoUnit.HOURS);
    String country = S10.matcher(number).matches() ? number.substring(11) : "";
    SimulatedParcel parcel = new SimulatedParcel(number, key, scenario, country, lang, now);
    return new SimulatedAnswer(200, SimulatorJson.of(parcel));
  }

  /** As customers type them: any case, spaces, dashes, the SSCC's "(00)" or "00". */
  static String normalise(String query) {
    if (query == null) {
      return "";
    }
    String compact = query.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
    if (compact.startsWith("(00)")) {
      return compact.substring(4);
    }
    return compact.length() == 20 && compact.startsWith("00") ? compact.substring(2) : compact;
  }

  /** A number derived from the digits, weighted by position, that picks the parcel's story. */
  public static int key(String number) {
    int key = 0;
    int position = 1;
    for (char c : number.toCharArray()) {
      if (Character.isDigit(c)) {
        key += (c - '0') * position++;
      }
    }
    return key;
  }
}
