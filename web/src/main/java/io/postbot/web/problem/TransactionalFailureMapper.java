package io.postbot.web.problem;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@code @Transactional} method whose commit failed: the interceptor wraps the failure in a
 * TransactionalException. Jersey's own mapper for that type only unwraps a WebApplicationException
 * and rethrows anything else, which the container answers with a bare HTML 500; so this mapper
 * takes the type first (a higher priority than Jersey's default rank) and answers as {@link
 * UnexpectedErrorMapper} does: a database that went away during the commit is 503
 * database-unavailable, anything else an incident.
 */
@Provider
@Priority(TransactionalFailureMapper.BEFORE_JERSEYS_OWN)
public class TransactionalFailureMapper implements ExceptionMapper<TransactionalException> {

  /** Jersey prefers the lower rank among mappers of the same type; its own has the default. */
  static final int BEFORE_JERSEYS_OWN = 1;

  private final UnexpectedErrorMapper unexpected = new UnexpectedErrorMapper();

  @Override
  public Response toResponse(TransactionalException e) {
    return unexpected.toResponse(e);
  }
}
