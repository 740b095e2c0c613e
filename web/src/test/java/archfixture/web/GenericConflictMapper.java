package archfixture.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A mapper that wrongly turns every IllegalStateException, and its message, into a 409. */
public class GenericConflictMapper implements ExceptionMapper<IllegalStateException> {

  @Override
  public Response toResponse(IllegalStateException e) {
    return Response.status(409).entity(e.getMessage()).build();
  }
}
