package io.postbot.web.handoff;

import io.postbot.handoff.api.ChatNotFoundException;
import io.postbot.web.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A chat that does not exist or that this console user may not see: the same 404 for both. */
@Provider
public class ChatNotFoundMapper implements ExceptionMapper<ChatNotFoundException> {

  @Override
  public Response toResponse(ChatNotFoundException e) {
    return Problem.of(Response.Status.NOT_FOUND, "chat-not-found", "There is no such chat.")
        .toResponse();
  }
}
