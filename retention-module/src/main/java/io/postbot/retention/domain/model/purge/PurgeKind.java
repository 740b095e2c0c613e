package io.postbot.retention.domain.model.purge;

/** What a purge run erased: which retention rule, or an operator's data-subject request. */
public enum PurgeKind {
  /** Conversations only ever held with the bot, one month after their last activity. */
  BOT_CONVERSATION,
  /** Conversations whose agent chat was a complaint, 3.5 years after its close. */
  AGENT_COMPLAINT,
  /** Conversations whose agent chat was advice, information or other, 1.5 years after close. */
  AGENT_OTHER,
  /**
   * Conversations whose agent chat never closed (waiting, in progress, an offline request never
   * answered), 1.5 years after its last change: nothing is kept for ever.
   */
  AGENT_NEVER_CLOSED,
  /** Everything about one person, erased on their request by an operator. */
  DATA_SUBJECT_REQUEST
}
