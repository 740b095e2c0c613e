package io.postbot.handoff.api;

import java.time.ZonedDateTime;

/**
 * What the widget needs to show about a handoff: its state, the queue position and estimated wait
 * (while queued), the agent's name (while with an agent), the survey token (once closed), whether
 * customer service is open with somebody online, and the privacy notice for the contact form.
 */
public record HandoffStatus(
    HandoffState state,
    Integer position,
    Long estimateSeconds,
    String agentName,
    String surveyToken,
    boolean open,
    int agentsOnline,
    String openingHours,
    ZonedDateTime nextOpening,
    PrivacyNotice notice) {

  /** True when a customer can join the queue now (open and somebody online). */
  public boolean available() {
    return open && agentsOnline > 0;
  }
}
