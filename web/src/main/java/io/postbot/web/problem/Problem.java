package io.postbot.web.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** An RFC 9457 problem details body. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(URI type, String title, int status, String detail, URI instance) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  private static final String TYPES = "https://postbot.io/problems/";

  public static Problem of(Response.StatusType status, String slug, String detail) {
    return new Problem(
        URI.create(TYPES + slug), status.getReasonPhrase(), status.getStatusCode(), detail, null);
  }

  /** A problem with its own title (a refusal's, in the client's language). */
  public static Problem typed(int status, String slug, String title, String detail) {
    return new Problem(URI.create(TYPES + slug), title, status, detail, null);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
