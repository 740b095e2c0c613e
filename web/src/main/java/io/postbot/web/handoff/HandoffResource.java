package io.postbot.web.handoff;

import io.postbot.chat.api.AccessToken;
import io.postbot.chat.api.ConversationNotFoundException;
import io.postbot.handoff.api.ContactForm;
import io.postbot.handoff.api.HandoffFacade;
import io.postbot.shared.ConversationId;
import io.postbot.shared.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The widget's handoff API: ask for a person with contact details, see the queue position, leave
 * the queue, or leave a message when nobody can answer. Needs the conversation's bearer token.
 */
@Path("v1/conversations/{id}/handoff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Handoff", description = "Chat with a person in customer service")
public class HandoffResource {

  @Inject HandoffFacade handoff;

  @GET
  @Operation(
      summary =
          "Where the handoff stands: queue position and estimate, agent, survey token, opening"
              + " hours, and the privacy notice (GDPR Art. 6(1)(f)) to show with the contact form")
  @APIResponse(responseCode = "200", description = "The status")
  @APIResponse(responseCode = "404", description = "No such conversation for this token")
  public HandoffJson.Status status(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return HandoffJson.Status.of(handoff.status(conversation(id), token(authorization)));
  }

  @POST
  @Operation(summary = "Join the queue for a person with name, e-mail and phone")
  @APIResponse(responseCode = "202", description = "Queued, with position and estimated wait")
  @APIResponse(responseCode = "400", description = "Invalid name, e-mail or phone")
  @APIResponse(responseCode = "409", description = "Closed, nobody online, or already queued")
  public Response join(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      HandoffJson.Contact body) {
    ConversationId conversation = conversation(id);
    AccessToken token = token(authorization);
    if (body == null) {
      throw new InvalidInputException(
          "invalid-contact-details", "contact.required", "send name, email and phone");
    }
    var status =
        handoff.join(conversation, token, new ContactForm(body.name(), body.email(), body.phone()));
    return Response.accepted(HandoffJson.Status.of(status)).build();
  }

  @DELETE
  @Operation(summary = "Leave the queue")
  @APIResponse(responseCode = "200", description = "Left; the bot answers again")
  public HandoffJson.Status leave(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return HandoffJson.Status.of(handoff.leave(conversation(id), token(authorization)));
  }

  @POST
  @Path("offline")
  @Operation(summary = "Closed or nobody online: leave a message with contact details")
  @APIResponse(responseCode = "202", description = "The message will be answered")
  public Response offline(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      HandoffJson.OfflineMessage body) {
    ConversationId conversation = conversation(id);
    AccessToken token = token(authorization);
    if (body == null) {
      throw new InvalidInputException(
          "invalid-contact-details", "contact.required", "send name, email, phone and message");
    }
    var status =
        handoff.leaveOfflineMessage(
            conversation,
            token,
            new ContactForm(body.name(), body.email(), body.phone()),
            body.message());
    return Response.accepted(HandoffJson.Status.of(status)).build();
  }

  @POST
  @Path("typing")
  @Operation(summary = "The customer is typing to the agent (shown in the console only)")
  @APIResponse(responseCode = "204", description = "Noted")
  public Response typing(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    handoff.customerTyping(conversation(id), token(authorization));
    return Response.noContent().build();
  }

  static ConversationId conversation(String pathId) {
    try {
      return ConversationId.parse(pathId);
    } catch (IllegalArgumentException e) {
      throw new ConversationNotFoundException();
    }
  }

  static AccessToken token(String authorization) {
    String bearer = "Bearer ";
    if (authorization == null
        || !authorization.regionMatches(true, 0, bearer, 0, bearer.length())) {
      throw new ConversationNotFoundException();
    }
    try {
      return new AccessToken(authorization.substring(bearer.length()).strip());
    } catch (IllegalArgumentException e) {
      throw new ConversationNotFoundException();
    }
  }
}
