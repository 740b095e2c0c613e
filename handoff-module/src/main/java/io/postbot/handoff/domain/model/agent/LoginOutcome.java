package io.postbot.handoff.domain.model.agent;

/** The result of a login attempt. Unknown user and wrong password look the same to the caller. */
public enum LoginOutcome {
  SUCCEEDED,
  INVALID,
  LOCKED
}
