package io.postbot.web.handoff;

import io.postbot.feedback.api.SurveyFacade;
import io.postbot.feedback.api.SurveyNotFoundException;
import io.postbot.feedback.api.SurveyView;
import io.postbot.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The voluntary survey after an agent chat: the link's token is the only credential, so it travels
 * in the request body and never in an address (which proxies and access logs keep). The e-mailed
 * link carries it in the fragment, which browsers never send.
 */
@Path("v1/surveys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys", description = "Rate a chat with customer service, once")
public class SurveyResource {

  @Inject SurveyFacade surveys;

  @POST
  @Path("lookup")
  @Operation(summary = "The survey's language and whether it was already answered")
  @APIResponse(responseCode = "200", description = "The survey")
  @APIResponse(responseCode = "404", description = "No survey for this link")
  public SurveyView survey(HandoffJson.SurveyLink body) {
    return surveys.survey(tokenOf(body == null ? null : body.token()));
  }

  @POST
  @Path("answers")
  @Operation(summary = "Answer once: the link's token, a score 1 to 5 and an optional comment")
  @APIResponse(responseCode = "204", description = "Thank you")
  @APIResponse(responseCode = "400", description = "Score missing or outside 1 to 5")
  @APIResponse(responseCode = "404", description = "No survey for this link")
  @APIResponse(responseCode = "409", description = "Already answered")
  public Response answer(HandoffJson.SurveyAnswer body) {
    String token = tokenOf(body == null ? null : body.token());
    if (body.score() == null) {
      throw new InvalidInputException(
          "invalid-survey-answer", "survey.score", "a score from 1 to 5 is required");
    }
    surveys.answer(token, body.score(), body.comment());
    return Response.noContent().build();
  }

  /** No token is a link that does not exist, like a wrong one. */
  private static String tokenOf(String token) {
    if (token == null || token.isBlank()) {
      throw new SurveyNotFoundException();
    }
    return token;
  }
}
