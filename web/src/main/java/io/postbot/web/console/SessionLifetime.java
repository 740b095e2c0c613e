package io.postbot.web.console;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a console session may last from sign-in, however active it stays (the idle timeout is
 * web.xml's): a stolen session cookie is worthless after a working day.
 */
public record SessionLifetime(Duration maximum) {

  /** The session attribute holding the sign-in time. */
  public static final String SIGNED_IN_AT = "postbot.signedInAt";

  public SessionLifetime {
    if (maximum == null || maximum.isNegative() || maximum.isZero()) {
      throw new IllegalArgumentException("postbot.console.session-lifetime must be positive");
    }
  }

  /** True when a session signed in at this time must end now. */
  public boolean isOver(Instant signedInAt, Instant now) {
    return signedInAt != null && !now.isBefore(signedInAt.plus(maximum));
  }
}
