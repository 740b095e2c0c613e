package io.postbot.shared;

/**
 * A request the state of things does not allow now (409 in the API): the chat is closed, nobody is
 * online, it was asked for already. Still an IllegalStateException for the console's pages.
 */
public class StateConflictException extends IllegalStateException {

  private final transient Refusal refusal;

  public StateConflictException(String type, String reason, String message) {
    super(message);
    this.refusal = new Refusal(type, reason);
  }

  public Refusal refusal() {
    return refusal;
  }
}
