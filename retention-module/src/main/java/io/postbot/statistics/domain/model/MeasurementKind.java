package io.postbot.statistics.domain.model;

/** What a measurement measured. */
public enum MeasurementKind {
  /** Seconds a customer waited in the queue before an agent took them. */
  QUEUE_WAIT,
  /** Seconds from taking a customer to closing the chat. */
  HANDLING,
  /** A customer's answer to the survey, 1 (poor) to 5 (very good). */
  SATISFACTION
}
