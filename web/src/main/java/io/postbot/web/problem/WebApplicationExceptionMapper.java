package io.postbot.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The JAX-RS runtime's own errors (unknown path, wrong method, unreadable JSON) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    Response.StatusType status = original.getStatusInfo();
    String detail =
        switch (status.getStatusCode()) {
          case 400 -> "The request could not be read. Send a JSON body as documented at /openapi.";
          case 404 -> "There is nothing at this address.";
          case 405 -> "This method is not allowed here.";
          case 406 -> "None of the accepted media types can be produced.";
          case 415 -> "Send the request body as application/json.";
          default -> status.getReasonPhrase();
        };
    Response.ResponseBuilder response =
        Response.fromResponse(
            Problem.of(status, "http-" + status.getStatusCode(), detail).toResponse());
    String retryAfter = original.getHeaderString(HttpHeaders.RETRY_AFTER);
    if (retryAfter != null) {
      response.header(HttpHeaders.RETRY_AFTER, retryAfter);
    }
    return response.build();
  }
}
