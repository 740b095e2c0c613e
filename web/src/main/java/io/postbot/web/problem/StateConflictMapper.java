package io.postbot.web.problem;

import io.postbot.shared.StateConflictException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request the state of things does not allow now: 409 with the refusal's type and sentence. */
@Provider
public class StateConflictMapper implements ExceptionMapper<StateConflictException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(StateConflictException e) {
    return ProblemTexts.problem(409, e.refusal(), headers).toResponse();
  }
}
