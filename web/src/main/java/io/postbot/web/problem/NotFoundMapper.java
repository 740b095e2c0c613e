package io.postbot.web.problem;

import io.postbot.chat.api.ConversationNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown conversation or a token that is not its own: the same 404, so nothing can be probed. */
@Provider
public class NotFoundMapper implements ExceptionMapper<ConversationNotFoundException> {

  @Override
  public Response toResponse(ConversationNotFoundException e) {
    return Problem.of(
            Response.Status.NOT_FOUND,
            "conversation-not-found",
            "No conversation with this id for this token.")
        .toResponse();
  }
}
