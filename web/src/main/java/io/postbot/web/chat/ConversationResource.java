package io.postbot.web.chat;

import io.postbot.chat.api.ChatFacade;
import io.postbot.chat.api.QuickReply;
import io.postbot.chat.api.StartedConversation;
import io.postbot.shared.InvalidInputException;
import io.postbot.shared.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The widget's conversation API: start, write, read, switch language, end, delete. */
@Path("v1/conversations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations", description = "Chat with the bot")
public class ConversationResource {

  @Inject ChatFacade chat;

  @POST
  @Operation(summary = "Start a conversation; the answer holds the token for all further calls")
  @APIResponse(responseCode = "201", description = "Started, with the bot's greeting")
  @APIResponse(responseCode = "400", description = "Missing or unsupported language")
  public Response start(ConversationRequests.Start body, @Context UriInfo uri) {
    Language language = Language.fromCode(body == null ? null : body.language());
    StartedConversation started = chat.start(language);
    var entity =
        new ConversationRequests.Started(
            started.id().toString(),
            started.token().value(),
            started.language().code(),
            MessageJson.of(started.messages()));
    return Response.created(uri.getAbsolutePathBuilder().path(started.id().toString()).build())
        .entity(entity)
        .build();
  }

  @POST
  @Path("{id}/messages")
  @Operation(
      summary =
          "Send the customer's message, or a clicked quick reply; answers with it as stored and the"
              + " bot's replies")
  @APIResponse(
      responseCode = "200",
      description = "The customer's message as stored (sent) and the bot's replies (messages)")
  @APIResponse(responseCode = "404", description = "No such conversation for this token")
  public ConversationRequests.Sent send(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      ConversationRequests.Send body) {
    var conversation = CustomerCredentials.conversation(id);
    var token = CustomerCredentials.token(authorization);
    if (body == null || (body.text() == null && body.intent() == null)) {
      throw new InvalidInputException(
          "invalid-message", "message.required", "message text is required");
    }
    var exchange =
        body.intent() != null
            ? chat.choose(
                conversation,
                token,
                new QuickReply(body.intent(), body.label() != null ? body.label() : body.text()))
            : chat.send(conversation, token, body.text());
    return new ConversationRequests.Sent(
        MessageJson.of(exchange.sent()), MessageJson.of(exchange.replies()));
  }

  @GET
  @Path("{id}/messages")
  @Operation(
      summary =
          "The conversation's messages after a resume point (0 from the start), at most limit"
              + " (default and maximum 500) of them; page on from the last id")
  @APIResponse(responseCode = "404", description = "No such conversation for this token")
  public ConversationRequests.Messages messages(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @QueryParam("after") @DefaultValue("0") int after,
      @QueryParam("limit") @DefaultValue("" + ChatFacade.PAGE) int limit) {
    if (after < 0) {
      throw new InvalidInputException(
          "invalid-query", "query.after", "after must be a message id (0 or more)");
    }
    if (limit < 1 || limit > ChatFacade.PAGE) {
      throw new InvalidInputException(
          "invalid-query", "query.page-limit", "limit must be between 1 and " + ChatFacade.PAGE);
    }
    return new ConversationRequests.Messages(
        MessageJson.of(
            chat.messages(
                CustomerCredentials.conversation(id),
                CustomerCredentials.token(authorization),
                after,
                limit)));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete the conversation now and for good (the customer's choice)")
  @APIResponse(responseCode = "204", description = "Erased with all its messages")
  @APIResponse(responseCode = "404", description = "No such conversation for this token")
  public Response erase(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    chat.erase(CustomerCredentials.conversation(id), CustomerCredentials.token(authorization));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/end")
  @Operation(summary = "End the conversation; it is kept until retention erases it")
  @APIResponse(responseCode = "204", description = "Ended")
  @APIResponse(responseCode = "404", description = "No such conversation for this token")
  public Response end(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    chat.end(CustomerCredentials.conversation(id), CustomerCredentials.token(authorization));
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/language")
  @Operation(summary = "Switch language; the bot answers in it from the next message on")
  @APIResponse(responseCode = "204", description = "Switched")
  @APIResponse(responseCode = "400", description = "Unsupported language")
  public Response switchLanguage(
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      ConversationRequests.LanguageChoice body) {
    var conversation = CustomerCredentials.conversation(id);
    var token = CustomerCredentials.token(authorization);
    chat.switchLanguage(
        conversation, token, Language.fromCode(body == null ? null : body.language()));
    return Response.noContent().build();
  }
}
