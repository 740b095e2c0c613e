package io.postbot.web.simulator;

import java.util.List;

/**
 * The histories the simulator tells, one per state a parcel can be in. Each step is a carrier event
 * code, what it says, where it happened and how many hours before now; expected delivery and the
 * last day at the pickup point are in days from today (null when the carrier would not say).
 */
enum SimulatedScenario {
  IN_TRANSIT(
      1,
      null,
      step("PRE_NOTIFIED", "notified", Where.NOWHERE, 30),
      step("IN_TRANSIT", "handed-in", Where.ORIGIN, 20),
      step("IN_TRANSIT", "on-its-way", Where.ORIGIN, 6)),
  AT_TERMINAL(
      1,
      null,
      step("PRE_NOTIFIED", "notified", Where.NOWHERE, 40),
      step("IN_TRANSIT", "handed-in", Where.ORIGIN, 30),
      step("TERMINAL", "terminal", Where.DESTINATION, 3)),
  IN_CUSTOMS(
      3,
      null,
      step("PRE_NOTIFIED", "notified", Where.ABROAD, 150),
      step("IN_TRANSIT", "left-abroad", Where.ABROAD, 120),
      step("IN_TRANSIT", "arrived-norway", Where.CUSTOMS, 20),
      step("CUSTOMS", "customs", Where.CUSTOMS, 4)),
  OUT_FOR_DELIVERY(
      0,
      null,
      step("PRE_NOTIFIED", "notified", Where.NOWHERE, 50),
      step("IN_TRANSIT", "handed-in", Where.ORIGIN, 40),
      step("TERMINAL", "terminal", Where.DESTINATION, 10),
      step("TRANSPORT_TO_RECIPIENT", "out", Where.DESTINATION, 2)),
  DELIVERY_ATTEMPTED(
      1,
      null,
      step("PRE_NOTIFIED", "notified", Where.NOWHERE, 60),
      step("IN_TRANSIT", "handed-in", Where.ORIGIN, 50),
      step("TERMINAL", "terminal", Where.DESTINATION, 20),
      step("TRANSPORT_TO_RECIPIENT", "out", Where.DESTINATION, 9),
      step("ATTEMPTED_DELIVERY", "attempted", Where.DESTINATION, 5)),
  READY_FOR_PICKUP(
      null,
      14,
      step("PRE_NOTIFIED", "notified", Where.NOWHERE, 70),
      step("IN_TRANSIT", "handed-in", Where.ORIGIN, 60),
      step("TERMINAL", "terminal", Where.PICKUP, 24),
      step("READY_FOR_PICKUP", "ready", Where.PICKUP, 5)),
  DELIVERED(
      null,
      null,
      step("PRE_NOTIFIED", "notified", Where.NOWHERE, 80),
      step("IN_TRANSIT", "handed-in", Where.ORIGIN, 70),
      step("TERMINAL", "terminal", Where.DESTINATION, 30),
      step("TRANSPORT_TO_RECIPIENT", "out", Where.DESTINATION, 8),
      step("DELIVERED", "delivered", Where.DESTINATION, 4)),
  RETURNED(
      null,
      null,
      step("PRE_NOTIFIED", "notified", Where.NOWHERE, 500),
      step("IN_TRANSIT", "handed-in", Where.ORIGIN, 490),
      step("TERMINAL", "terminal", Where.PICKUP, 460),
      step("READY_FOR_PICKUP", "ready", Where.PICKUP, 450),
      step("RETURN", "returned", Where.PICKUP, 90));

  /** Where an event happened, resolved per parcel to a town, a counter or a place abroad. */
  enum Where {
    NOWHERE,
    ORIGIN,
    DESTINATION,
    PICKUP,
    ABROAD,
    CUSTOMS
  }

  record Step(String code, String text, Where where, int hoursAgo) {}

  final Integer expectedInDays;
  final Integer collectWithinDays;
  final List<Step> steps;

  SimulatedScenario(Integer expectedInDays, Integer collectWithinDays, Step... steps) {
    this.expectedInDays = expectedInDays;
    this.collectWithinDays = collectWithinDays;
    this.steps = List.of(steps);
  }

  private static Step step(String code, String text, Where where, int hoursAgo) {
    return new Step(code, text, where, hoursAgo);
  }

  /** True while the parcel waits at a counter, so the answer names the pickup point. */
  boolean atPickupPoint() {
    return this == READY_FOR_PICKUP;
  }
}
