package io.postbot.handoff.domain.model.hours;

import io.postbot.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The opening hours an administrator set in the console, replacing the configured ones
 * (postbot.handoff.opening-hours) on every server. Kept as written ("Mon-Fri 08:00-20:00,Sat
 * 10:00-16:00", or "always"), checked by {@link OpeningHours#parse} before it is taken.
 */
@Entity
@Table(name = "handoff_opening_hours")
public class ServiceHours {

  static final int THE_HOURS = 1;

  @Id
  @Column(name = "id")
  private int id = THE_HOURS;

  @Column(name = "spec", nullable = false, length = 500)
  private String spec;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  protected ServiceHours() {}

  /**
   * @throws IllegalArgumentException naming what is wrong with the hours
   */
  public ServiceHours(String spec, ZoneId zone, Instant at, String by) {
    change(spec, zone, at, by);
  }

  /**
   * @throws IllegalArgumentException naming what is wrong with the hours
   */
  public void change(String newSpec, ZoneId zone, Instant at, String by) {
    if (newSpec == null || newSpec.strip().length() > 500) {
      throw new InvalidInputException(
          "invalid-opening-hours", "hours.too-long", "opening hours have at most 500 characters");
    }
    OpeningHours.parse(newSpec, zone);
    this.spec = newSpec.strip();
    this.changedAt = Objects.requireNonNull(at);
    this.changedBy = Objects.requireNonNull(by);
  }

  public OpeningHours in(ZoneId zone) {
    return OpeningHours.parse(spec, zone);
  }

  public String spec() {
    return spec;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }
}
