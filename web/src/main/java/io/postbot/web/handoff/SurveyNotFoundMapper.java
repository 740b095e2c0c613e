package io.postbot.web.handoff;

import io.postbot.feedback.api.SurveyNotFoundException;
import io.postbot.web.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An unknown, erased or expired survey link: 404 problem details. */
@Provider
public class SurveyNotFoundMapper implements ExceptionMapper<SurveyNotFoundException> {

  @Override
  public Response toResponse(SurveyNotFoundException e) {
    return Problem.of(Response.Status.NOT_FOUND, "survey-not-found", "No survey for this link.")
        .toResponse();
  }
}
