package io.postbot.web.problem;

import io.postbot.chat.api.ConversationFullException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The conversation reached its maximum length: 409, and the customer starts a new chat. */
@Provider
public class ConversationFullMapper implements ExceptionMapper<ConversationFullException> {

  @Override
  public Response toResponse(ConversationFullException e) {
    return Problem.of(
            Response.Status.CONFLICT,
            "conversation-full",
            "This chat has reached its maximum length. Please start a new chat to continue.")
        .toResponse();
  }
}
