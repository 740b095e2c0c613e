package io.postbot.shared;

/**
 * Input that a value object or use case refuses (400 in the API). Still an IllegalArgumentException
 * for the code that catches those around value objects.
 */
public class InvalidInputException extends IllegalArgumentException {

  private final transient Refusal refusal;

  public InvalidInputException(String type, String reason, String message) {
    super(message);
    this.refusal = new Refusal(type, reason);
  }

  public Refusal refusal() {
    return refusal;
  }
}
