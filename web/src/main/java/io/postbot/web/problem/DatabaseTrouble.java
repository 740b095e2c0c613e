package io.postbot.web.problem;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * What went wrong with the database underneath a failed request, read from the exception's causes
 * (the transaction manager wraps them): a write that lost a race is the client's to repeat (409), a
 * database that is busy or unreachable is temporary (503 with Retry-After). Anything else is not
 * recognised and stays an unexpected error.
 */
public enum DatabaseTrouble {
  WRITE_CONFLICT(
      Response.Status.CONFLICT,
      "write-conflict",
      "Someone changed this conversation at the same moment. Please send it again.",
      0),
  BUSY(
      Response.Status.SERVICE_UNAVAILABLE,
      "database-busy",
      "The service is very busy right now. Please try again in a moment.",
      1),
  UNAVAILABLE(
      Response.Status.SERVICE_UNAVAILABLE,
      "database-unavailable",
      "The service is temporarily unavailable. Please try again shortly.",
      5);

  /** SQL states of a conflicting write: unique, foreign-key violation, serialization failure. */
  private static final Set<String> CONFLICT_STATES = Set.of("23505", "23503", "23506", "40001");

  /** Lock waits that ran out, deadlocks, statements cancelled by their timeout. */
  private static final Set<String> BUSY_STATES = Set.of("HYT00", "40P01", "55P03", "57014");

  /** The server is shutting down, starting up, or cannot accept connections. */
  private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "90098");

  private final Response.Status status;
  private final String slug;
  private final String detail;
  private final int retryAfterSeconds;

  DatabaseTrouble(Response.Status status, String slug, String detail, int retryAfterSeconds) {
    this.status = status;
    this.slug = slug;
    this.detail = detail;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The trouble found among the causes, the outermost recognised one first. */
  public static Optional<DatabaseTrouble> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Optional<DatabaseTrouble> found = recognise(t);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<DatabaseTrouble> recognise(Throwable t) {
    if (t instanceof OptimisticLockException) {
      return Optional.of(WRITE_CONFLICT);
    }
    if (t instanceof PessimisticLockException
        || t instanceof LockTimeoutException
        || t instanceof SQLTimeoutException) {
      return Optional.of(BUSY);
    }
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException
        || t instanceof SQLRecoverableException) {
      return Optional.of(UNAVAILABLE);
    }
    if (t instanceof SQLException sql) {
      return ofState(sql);
    }
    if (isPoolFailure(t)) {
      return Optional.of(UNAVAILABLE);
    }
    if (t instanceof XAException xa) {
      return ofXa(xa);
    }
    return Optional.empty();
  }

  /**
   * The database failed while the transaction manager committed. Payara's pool reports every failed
   * commit of a resource the same way: XAER_RMERR, with the failure's text as message and no cause,
   * so the SQL state is gone. With idempotent client message ids a retry is safe, and on these
   * local (non-XA) transactions a healthy database fails a commit only when the connection broke,
   * so the resource manager's failure codes all mean the database is unavailable.
   */
  private static Optional<DatabaseTrouble> ofXa(XAException xa) {
    boolean lost =
        xa.errorCode == XAException.XAER_RMERR
            || xa.errorCode == XAException.XAER_RMFAIL
            || xa.errorCode == XAException.XA_RBCOMMFAIL
            || isPoolFailure(xa);
    return lost ? Optional.of(UNAVAILABLE) : Optional.empty();
  }

  private static Optional<DatabaseTrouble> ofState(SQLException sql) {
    String state = sql.getSQLState();
    if (state == null) {
      return isPoolFailure(sql) ? Optional.of(UNAVAILABLE) : Optional.empty();
    }
    if (CONFLICT_STATES.contains(state)) {
      return Optional.of(WRITE_CONFLICT);
    }
    if (BUSY_STATES.contains(state)) {
      return Optional.of(BUSY);
    }
    if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
      return Optional.of(UNAVAILABLE);
    }
    return Optional.empty();
  }

  /** The connection pool gave up: no connection within its wait, or none could be opened. */
  private static boolean isPoolFailure(Throwable t) {
    String type = t.getClass().getName();
    String message = String.valueOf(t.getMessage());
    return type.endsWith("PoolingException")
        || type.equals("jakarta.resource.ResourceException")
        || type.equals("jakarta.resource.spi.ResourceAllocationException")
        || message.contains("Error in allocating a connection");
  }

  public Response.Status status() {
    return status;
  }

  /** Seconds after which trying again may help; 0 when it is the client's turn now. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** The problem details response, with Retry-After when trying again later will help. */
  public Response toResponse() {
    Response response = Problem.of(status, slug, detail).toResponse();
    return retryAfterSeconds == 0
        ? response
        : Response.fromResponse(response).header("Retry-After", retryAfterSeconds).build();
  }
}
