package io.postbot.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: 500 with an incident id the operator can find in the log. The log gets the
 * exception type and stack, never the message, which might quote customer input. A database that is
 * busy, unreachable or lost a race is not unforeseen: see {@link DatabaseTrouble}; nor is a refusal
 * of the domain (InvalidInputException, StateConflictException and their mappers).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    var trouble = DatabaseTrouble.of(e);
    if (trouble.isPresent()) {
      // Expected under races and outages: a type the client can act on, no incident.
      LOG.log(
          Level.FINE, "database: {0} ({1})", new Object[] {trouble.get(), e.getClass().getName()});
      return trouble.get().toResponse();
    }
    return incident(e).toResponse();
  }

  /**
   * The 500 of an unforeseen failure (an IllegalStateException of the code's own, too): a fresh
   * incident id in the log with the exception's type and stack, and in the answer; no message.
   */
  static Problem incident(Throwable e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident + ": " + e.getClass().getName(), new Scrubbed(e));
    return Problem.of(
        Response.Status.INTERNAL_SERVER_ERROR,
        "internal-error",
        "Something went wrong on our side (incident " + incident + "). Please try again.");
  }

  /** Carries the original stack trace without its message. */
  private static final class Scrubbed extends RuntimeException {
    Scrubbed(Throwable original) {
      super(
          original.getClass().getName(),
          original.getCause() == null || original.getCause() == original
              ? null
              : new Scrubbed(original.getCause()),
          false,
          true);
      setStackTrace(original.getStackTrace());
    }
  }
}
