package io.postbot.web.handoff;

import io.postbot.feedback.api.SurveyAlreadyAnsweredException;
import io.postbot.web.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A survey is answered once: the second answer is a 409 problem. */
@Provider
public class SurveyAnsweredMapper implements ExceptionMapper<SurveyAlreadyAnsweredException> {

  @Override
  public Response toResponse(SurveyAlreadyAnsweredException e) {
    return Problem.of(
            Response.Status.CONFLICT,
            "survey-already-answered",
            "This survey has already been answered. Thank you!")
        .toResponse();
  }
}
