package io.postbot.handoff.api;

/** Where a customer's handoff stands, as the widget shows it. */
public enum HandoffState {
  /** Not asked for a person (or declined). */
  NONE,
  /** Waiting in the queue. */
  QUEUED,
  /** Chatting with an agent. */
  WITH_AGENT,
  /** The agent closed the chat; a survey may be answered. */
  CLOSED,
  /** The customer left the queue. */
  LEFT,
  /** Closed or nobody online: the customer left a message to be answered later. */
  OFFLINE_REQUEST_LEFT
}
