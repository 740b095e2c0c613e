package io.postbot.web.handoff;

import io.postbot.feedback.api.SurveyFacade;
import io.postbot.feedback.api.SurveyView;
import io.postbot.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The voluntary survey after an agent chat: the link's token is the only credential. */
@Path("v1/surveys/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys", description = "Rate a chat with customer service, once")
public class SurveyResource {

  @Inject SurveyFacade surveys;

  @GET
  @Operation(summary = "The survey's language and whether it was already answered")
  @APIResponse(responseCode = "404", description = "No survey for this link")
  public SurveyView survey(@PathParam("token") String token) {
    return surveys.survey(token);
  }

  @POST
  @Operation(summary = "Answer once: score 1 to 5 and an optional comment")
  @APIResponse(responseCode = "204", description = "Thank you")
  @APIResponse(responseCode = "400", description = "Score missing or outside 1 to 5")
  @APIResponse(responseCode = "404", description = "No survey for this link")
  @APIResponse(responseCode = "409", description = "Already answered")
  public Response answer(@PathParam("token") String token, HandoffJson.SurveyAnswer body) {
    if (body == null || body.score() == null) {
      throw new InvalidInputException(
          "invalid-survey-answer", "survey.score", "a score from 1 to 5 is required");
    }
    surveys.answer(token, body.score(), body.comment());
    return Response.noContent().build();
  }
}
