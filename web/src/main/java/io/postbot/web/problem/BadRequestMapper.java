package io.postbot.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid input (a value object refused to be built) is the client's error: 400 with the reason.
 * Value objects write their messages for customers and never echo the rejected value.
 */
@Provider
public class BadRequestMapper implements ExceptionMapper<IllegalArgumentException> {

  @Override
  public Response toResponse(IllegalArgumentException e) {
    return Problem.of(Response.Status.BAD_REQUEST, "invalid-input", e.getMessage()).toResponse();
  }
}
