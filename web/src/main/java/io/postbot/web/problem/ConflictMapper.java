package io.postbot.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request that the conversation's state does not allow (it has ended, for example): 409. */
@Provider
public class ConflictMapper implements ExceptionMapper<IllegalStateException> {

  @Override
  public Response toResponse(IllegalStateException e) {
    return Problem.of(Response.Status.CONFLICT, "conflict", e.getMessage()).toResponse();
  }
}
