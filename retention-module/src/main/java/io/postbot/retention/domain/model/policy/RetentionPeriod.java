package io.postbot.retention.domain.model.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * How long a kind of record is kept, as an ISO-8601 period ({@code P1M}, {@code P3Y6M}: calendar
 * years, months and days, counted in UTC) or duration ({@code PT5S}, {@code PT1H}: exact time).
 *
 * <p>Calendar months follow java.time's plus semantics: a conversation last active on 2026-01-31
 * expires on 2026-02-28 at the same time of day, because January 31st plus one month is clamped to
 * the last day of February. Since the days 2026-01-28 to 2026-01-31 all expire on 2026-02-28, the
 * purge {@link #cutoff cutoff} is chosen so that no record outlives its expiry: at worst a record
 * of such a clamped day goes a few hours before its time of day, never after it.
 */
public final class RetentionPeriod {

  private final Period period;
  private final Duration duration;
  private final String text;

  private RetentionPeriod(Period period, Duration duration, String text) {
    this.period = period;
    this.duration = duration;
    this.text = text;
  }

  /** Parses an ISO-8601 period or duration; it must be longer than zero. */
  public static RetentionPeriod parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a retention period is required (e.g. P1M or PT1H)");
    }
    String iso = text.strip().toUpperCase(java.util.Locale.ROOT);
    try {
      if (iso.contains("T")) {
        Duration d = Duration.parse(iso);
        if (d.isNegative() || d.isZero()) {
          throw new IllegalArgumentException("'" + text + "' is not longer than zero");
        }
        return new RetentionPeriod(null, d, iso);
      }
      Period p = Period.parse(iso);
      if (p.isNegative()
          || p.isZero()
          || p.getYears() < 0
          || p.getMonths() < 0
          || p.getDays() < 0) {
        throw new IllegalArgumentException("'" + text + "' is not longer than zero");
      }
      return new RetentionPeriod(p, null, iso);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an ISO-8601 period (P1M, P3Y6M) or duration (PT5S, PT1H)", e);
    }
  }

  /** When a record stamped at {@code from} (last activity, close) has expired. */
  public Instant expiresAt(Instant from) {
    if (duration != null) {
      return from.plus(duration);
    }
    return from.atZone(ZoneOffset.UTC).plus(period).toInstant();
  }

  /**
   * The purge boundary at {@code now}: every record stamped before it is erased. It is the latest
   * instant whose expiry has come, so nothing expired is kept; see the class comment on month ends.
   */
  public Instant cutoff(Instant now) {
    if (duration != null) {
      return now.minus(duration);
    }
    ZonedDateTime at = now.atZone(ZoneOffset.UTC);
    ZonedDateTime boundary = at.minus(period);
    // Clamping maps the last days of a longer month onto one day: move up to those days.
    while (!boundary.plusDays(1).plus(period).isAfter(at)) {
      boundary = boundary.plusDays(1);
    }
    return boundary.toInstant();
  }

  /** An approximate length, for comparisons such as "overdue by more than two intervals". */
  public Duration approximateLength() {
    if (duration != null) {
      return duration;
    }
    Instant epoch = Instant.EPOCH;
    return Duration.between(epoch, expiresAt(epoch));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetentionPeriod other
        && Objects.equals(period, other.period)
        && Objects.equals(duration, other.duration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, duration);
  }

  @Override
  public String toString() {
    return text;
  }
}
