package io.postbot.web.problem;

import io.postbot.shared.InvalidInputException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Input the domain refused: 400 with the refusal's own problem type and sentence. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(InvalidInputException e) {
    return ProblemTexts.problem(400, e.refusal(), headers).toResponse();
  }
}
