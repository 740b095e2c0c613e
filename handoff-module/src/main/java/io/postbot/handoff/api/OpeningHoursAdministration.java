package io.postbot.handoff.api;

/**
 * The opening hours of customer service for administrators: a change applies on every server within
 * seconds, with no restart, and replaces the configured hours.
 */
public interface OpeningHoursAdministration {

  OpeningHoursView current();

  /**
   * @throws IllegalArgumentException naming what is wrong, e.g. "opening hours: not a day of the
   *     week: Mun"
   */
  OpeningHoursView change(String spec, String by);
}
