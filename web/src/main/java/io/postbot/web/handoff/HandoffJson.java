package io.postbot.web.handoff;

import io.postbot.handoff.api.HandoffStatus;
import io.postbot.handoff.api.PrivacyNotice;

/** The JSON bodies of the handoff and survey API. */
final class HandoffJson {

  private HandoffJson() {}

  /** Body of POST .../handoff: the contact details the customer gives while queued. */
  public record Contact(String name, String email, String phone) {}

  /** Body of POST .../handoff/offline: contact details and what the customer needs. */
  public record OfflineMessage(String name, String email, String phone, String message) {}

  /** Body of POST /surveys/lookup: the survey link's token. */
  public record SurveyLink(String token) {}

  /** Body of POST /surveys/answers: the link's token, a score from 1 to 5, an optional comment. */
  public record SurveyAnswer(String token, Integer score, String comment) {}

  /** Where the handoff stands, with everything the widget shows around the contact form. */
  public record Status(
      String state,
      Integer position,
      Long estimateSeconds,
      String agent,
      String surveyToken,
      boolean available,
      boolean open,
      int agentsOnline,
      String openingHours,
      String nextOpening,
      PrivacyNotice notice) {

    static Status of(HandoffStatus s) {
      return new Status(
          s.state().name().toLowerCase(java.util.Locale.ROOT),
          s.position(),
          s.estimateSeconds(),
          s.agentName(),
          s.surveyToken(),
          s.available(),
          s.open(),
          s.agentsOnline(),
          s.openingHours(),
          s.nextOpening() == null ? null : s.nextOpening().toOffsetDateTime().toString(),
          s.notice());
    }
  }
}
