package io.postbot.handoff.application;

import io.postbot.handoff.domain.model.hours.OpeningHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The handoff's configuration: opening hours in customer service's time zone and the privacy policy
 * shown with the contact form.
 */
@ApplicationScoped
public class HandoffSettings {

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

  private OpeningHours hours;

  protected HandoffSettings() {}

  public HandoffSettings(String openingHours, String timeZone, String privacyPolicyUrl) {
    this.openingHours = openingHours;
    this.timeZone = timeZone;
    this.privacyPolicyUrl = privacyPolicyUrl;
  }

  public OpeningHours openingHours() {
    if (hours == null) {
      hours = OpeningHours.parse(openingHours, ZoneId.of(timeZone));
    }
    return hours;
  }

  public String privacyPolicyUrl() {
    return privacyPolicyUrl;
  }
}
