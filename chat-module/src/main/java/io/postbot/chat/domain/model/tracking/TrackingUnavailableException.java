package io.postbot.chat.domain.model.tracking;

/**
 * The carrier's tracking service could not answer now: it is down, too slow, answered nonsense, or
 * has been switched off for a while after failing repeatedly. The message never holds the number.
 */
public class TrackingUnavailableException extends RuntimeException {

  public TrackingUnavailableException(String reason) {
    super(reason);
  }

  public TrackingUnavailableException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
