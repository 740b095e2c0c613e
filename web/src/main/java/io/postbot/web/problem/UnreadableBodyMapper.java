package io.postbot.web.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON the operation expects: 400, without echoing what was sent. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException e) {
    return Problem.of(
            Response.Status.BAD_REQUEST,
            "unreadable-body",
            "The request body is not valid JSON for this operation; see /openapi.")
        .toResponse();
  }
}
