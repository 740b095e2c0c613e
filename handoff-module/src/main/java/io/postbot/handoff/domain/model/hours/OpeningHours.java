package io.postbot.handoff.domain.model.hours;

import io.postbot.shared.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * When customer service answers chats, in its own time zone, e.g. {@code Mon-Fri 08:00-20:00,Sat
 * 10:00-16:00} in Europe/Oslo. Days not named are closed; {@code always} means around the clock.
 * Times are local, so daylight saving moves nothing for the customer.
 */
public final class OpeningHours {

  private final Map<DayOfWeek, List<LocalTime[]>> days = new EnumMap<>(DayOfWeek.class);
  private final ZoneId zone;
  private final String spec;

  private OpeningHours(String spec, ZoneId zone) {
    this.spec = spec;
    this.zone = zone;
  }

  /** Parses the configured form; a mistake fails start-up with the offending part named. */
  public static OpeningHours parse(String spec, ZoneId zone) {
    if (spec == null || spec.isBlank()) {
      throw new InvalidInputException(
          "invalid-opening-hours", "hours.required", "opening hours are empty");
    }
    OpeningHours hours = new OpeningHours(spec.strip(), zone);
    if (spec.strip().equalsIgnoreCase("always")) {
      for (DayOfWeek day : DayOfWeek.values()) {
        hours.add(day, LocalTime.MIN, LocalTime.MAX);
      }
      return hours;
    }
    for (String rule : spec.split(",")) {
      String[] parts = rule.strip().split("\\s+");
      if (parts.length != 2) {
        throw format("opening hours: expected 'Mon-Fri 08:00-20:00': " + rule);
      }
      String[] range = parts[0].split("-");
      DayOfWeek from = day(range[0]);
      DayOfWeek to = range.length > 1 ? day(range[1]) : from;
      String[] times = parts[1].split("-");
      if (times.length != 2) {
        throw format("opening hours: expected HH:mm-HH:mm: " + rule);
      }
      LocalTime open = time(times[0], rule);
      LocalTime close = times[1].equals("24:00") ? LocalTime.MAX : time(times[1], rule);
      if (!open.isBefore(close)) {
        throw new InvalidInputException(
            "invalid-opening-hours",
            "hours.opens-after-closing",
            "opening hours: opens after it closes: " + rule);
      }
      for (DayOfWeek d = from; ; d = d.plus(1)) {
        hours.add(d, open, close);
        if (d == to) {
          break;
        }
      }
    }
    return hours;
  }

  /** True while customer service is open at this instant. */
  public boolean isOpenAt(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    LocalTime time = local.toLocalTime();
    return days.getOrDefault(local.getDayOfWeek(), List.of()).stream()
        .anyMatch(p -> !time.isBefore(p[0]) && time.isBefore(p[1]));
  }

  /** The next time it opens after this instant (within a week), if it ever opens. */
  public Optional<ZonedDateTime> nextOpeningAfter(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    for (int d = 0; d <= 7; d++) {
      ZonedDateTime day = local.toLocalDate().plusDays(d).atStartOfDay(zone);
      for (LocalTime[] period : days.getOrDefault(day.getDayOfWeek(), List.of())) {
        ZonedDateTime opens = day.with(period[0]);
        if (opens.isAfter(local)) {
          return Optional.of(opens);
        }
      }
    }
    return Optional.empty();
  }

  public ZoneId zone() {
    return zone;
  }

  /** The configured form, for showing customers and agents. */
  public String describe() {
    return spec;
  }

  private void add(DayOfWeek day, LocalTime open, LocalTime close) {
    days.computeIfAbsent(day, d -> new ArrayList<>()).add(new LocalTime[] {open, close});
    days.get(day).sort((a, b) -> a[0].compareTo(b[0]));
  }

  private static DayOfWeek day(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().toLowerCase(Locale.ROOT).startsWith(n) && n.length() >= 2) {
        return day;
      }
    }
    throw format("opening hours: not a day of the week: " + name);
  }

  private static LocalTime time(String text, String rule) {
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw format("opening hours: expected HH:mm-HH:mm: " + rule);
    }
  }

  private static InvalidInputException format(String message) {
    return new InvalidInputException("invalid-opening-hours", "hours.format", message);
  }

  @Override
  public String toString() {
    return spec + " (" + zone + ")";
  }
}
