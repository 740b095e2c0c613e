package io.postbot.shared;

/**
 * What an agent chat was about, chosen by the agent when closing it. The category decides how long
 * the chat is kept: complaints 3.5 years, everything else 1.5 years.
 */
public enum ContactCategory {
  COMPLAINT,
  ADVICE,
  INFORMATION,
  OTHER;

  /** True for complaints, which the policy keeps longer. */
  public boolean isComplaint() {
    return this == COMPLAINT;
  }
}
