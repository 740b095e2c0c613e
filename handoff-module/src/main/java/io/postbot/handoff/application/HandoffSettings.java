package io.postbot.handoff.application;

import io.postbot.handoff.domain.model.hours.OpeningHours;
import io.postbot.handoff.domain.model.hours.ServiceHoursRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The handoff's configuration: opening hours in customer service's time zone (those an
 * administrator set in the console, else the configured ones; re-read every few seconds, so a
 * change reaches every server) and the privacy policy shown with the contact form.
 */
@ApplicationScoped
public class HandoffSettings {

  /** How long the opening hours read from the database are trusted before reading them again. */
  static final long REREAD_NANOS = 10_000_000_000L;

  @Inject
  @ConfigProperty(
      name = "postbot.handoff.opening-hours",
      defaultValue = "Mon-Fri 08:00-20:00,Sat 10:00-16:00")
  String openingHours;

  @Inject
  @ConfigProperty(name = "postbot.handoff.time-zone", defaultValue = "Europe/Oslo")
  String timeZone;

  @Inject
  @ConfigProperty(name = "postbot.privacy-policy-url", defaultValue = "/privacy.html")
  String privacyPolicyUrl;

  @Inject ServiceHoursRepository stored;

  private OpeningHours configured;
  private volatile Cached cached;

  private record Cached(OpeningHours hours, long readAt) {}

  protected HandoffSettings() {}

  /** For tests outside the container: the configured hours only. */
  public HandoffSettings(String openingHours, String timeZone, String privacyPolicyUrl) {
    this(openingHours, timeZone, privacyPolicyUrl, null);
  }

  /** For tests outside the container: hours set in the console, over the configured ones. */
  public HandoffSettings(
      String openingHours,
      String timeZone,
      String privacyPolicyUrl,
      ServiceHoursRepository stored) {
    this.openingHours = openingHours;
    this.timeZone = timeZone;
    this.privacyPolicyUrl = privacyPolicyUrl;
    this.stored = stored;
  }

  /** The hours in force: set in the console, else configured. Call within a transaction. */
  public OpeningHours openingHours() {
    Cached current = cached;
    long now = System.nanoTime();
    if (current == null || now - current.readAt() > REREAD_NANOS) {
      OpeningHours hours =
          stored == null
              ? configured()
              : stored.find().map(h -> h.in(zone())).orElseGet(this::configured);
      current = new Cached(hours, now);
      cached = current;
    }
    return current.hours();
  }

  /** The hours changed on this server: read them again at the next call. */
  void forget() {
    cached = null;
  }

  String configuredOpeningHours() {
    return openingHours;
  }

  ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  private OpeningHours configured() {
    if (configured == null) {
      configured = OpeningHours.parse(openingHours, zone());
    }
    return configured;
  }

  public String privacyPolicyUrl() {
    return privacyPolicyUrl;
  }
}
