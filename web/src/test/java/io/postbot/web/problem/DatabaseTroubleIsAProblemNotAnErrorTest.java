package io.postbot.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Priority;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A database that lost a race, is busy or is down is a problem type, never a bare 500")
class DatabaseTroubleIsAProblemNotAnErrorTest {

  @Test
  @DisplayName("a version conflict wrapped by the transaction manager is 409 write-conflict")
  void versionConflict() {
    var trouble = DatabaseTrouble.of(wrapped(new OptimisticLockException("row was updated")));

    assertThat(trouble).contains(DatabaseTrouble.WRITE_CONFLICT);
    assertThat(trouble.orElseThrow().status()).isEqualTo(Response.Status.CONFLICT);
  }

  @Test
  @DisplayName("a unique-index violation of the database is 409 write-conflict")
  void uniqueViolation() {
    var failure = wrapped(new PersistenceException(new SQLException("dup", "23505")));

    assertThat(DatabaseTrouble.of(failure)).contains(DatabaseTrouble.WRITE_CONFLICT);
  }

  @Test
  @DisplayName("a lock wait that ran out is 503 database-busy, retried after a second")
  void lockTimeout() {
    var trouble = DatabaseTrouble.of(wrapped(new SQLException("timeout", "HYT00")));

    assertThat(trouble).contains(DatabaseTrouble.BUSY);
    assertThat(trouble.orElseThrow().status()).isEqualTo(Response.Status.SERVICE_UNAVAILABLE);
    assertThat(trouble.orElseThrow().retryAfterSeconds()).isEqualTo(1);
  }

  @Test
  @DisplayName("a refused connection or an exhausted pool is 503 database-unavailable, Retry-After")
  void databaseDown() {
    var refused = wrapped(new SQLException("refused", "08001"));
    var transientFailure = wrapped(new SQLTransientConnectionException("no connection"));
    var pool = wrapped(new SQLException("Error in allocating a connection. Cause: max-wait-time"));

    assertThat(DatabaseTrouble.of(refused)).contains(DatabaseTrouble.UNAVAILABLE);
    assertThat(DatabaseTrouble.of(transientFailure)).contains(DatabaseTrouble.UNAVAILABLE);
    assertThat(DatabaseTrouble.of(pool)).contains(DatabaseTrouble.UNAVAILABLE);
    assertThat(DatabaseTrouble.UNAVAILABLE.status()).isEqualTo(Response.Status.SERVICE_UNAVAILABLE);
    assertThat(DatabaseTrouble.UNAVAILABLE.retryAfterSeconds()).isPositive();
  }

  @Test
  @DisplayName(
      "a connection lost while the transaction manager commits is 503 database-unavailable")
  void lostDuringCommit() {
    // as Payara's pool reports any failure of a commit (ConnectorXAResource): an XAException with
    // the failure's toString() as its message and XAER_RMERR, inside a SystemException; the cause
    // (with its SQL state) is not kept, so the message varies with what broke
    var terminated =
        payaraCommitFailure(
            "jakarta.resource.spi.LocalTransactionException:"
                + " FATAL: terminating connection due to administrator command");
    var unusable =
        payaraCommitFailure("jakarta.resource.ResourceException: physical connection not usable");
    var failedResource = new XAException(XAException.XAER_RMFAIL);

    assertThat(DatabaseTrouble.of(terminated)).contains(DatabaseTrouble.UNAVAILABLE);
    assertThat(DatabaseTrouble.of(unusable)).contains(DatabaseTrouble.UNAVAILABLE);
    assertThat(DatabaseTrouble.of(wrapped(failedResource))).contains(DatabaseTrouble.UNAVAILABLE);
    assertThat(DatabaseTrouble.of(wrapped(new XAException(XAException.XAER_PROTO)))).isEmpty();
  }

  private static Throwable payaraCommitFailure(String message) {
    var xa = new XAException(message);
    xa.errorCode = XAException.XAER_RMERR;
    var system = new SystemException();
    system.initCause(xa);
    return new TransactionalException("exception during commit", system);
  }

  @Test
  @DisplayName("a failed commit is mapped before Jersey's own mapper, which would rethrow it")
  void failedCommitIsMappedFirst() {
    // Jersey takes the lowest rank among mappers of one type; its own has the default (USER).
    var priority = TransactionalFailureMapper.class.getAnnotation(Priority.class);

    assertThat(priority).isNotNull();
    assertThat(priority.value()).isLessThan(Priorities.USER);
  }

  @Test
  @DisplayName("anything else is not recognised: it stays an unexpected 500 with an incident id")
  void unexpected() {
    assertThat(DatabaseTrouble.of(wrapped(new IllegalArgumentException("bug")))).isEmpty();
    assertThat(DatabaseTrouble.of(wrapped(new SQLException("syntax", "42601")))).isEmpty();
  }

  /** As the interceptor of a @Transactional method hands it on after a failed commit. */
  private static Throwable wrapped(Throwable cause) {
    RollbackException rollback = new RollbackException("commit failed");
    rollback.initCause(cause);
    return new RuntimeException("transaction rolled back", rollback);
  }
}
