package io.postbot.web.handoff;

import io.postbot.handoff.api.AgentDesk;
import io.postbot.handoff.api.SupervisorOverview;
import io.postbot.handoff.api.WaitingCustomer;
import io.postbot.web.problem.Problem;
import io.postbot.web.security.SameOrigin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Agent endpoints for tools around the console (wallboards): the queue for agents, the overview for
 * supervisors. web.xml requires a signed-in console user in the right role.
 */
@Path("agent")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agents", description = "Queue and overview for signed-in console users")
public class AgentQueueResource {

  @Inject AgentDesk desk;

  @GET
  @Path("v1/queue")
  @Operation(summary = "Waiting customers (agents)")
  public List<WaitingCustomer> queue() {
    return desk.queue();
  }

  /**
   * Authenticated by the console's cookie, so guarded against other sites' pages: a JSON body is
   * required (a form post gets 415, and a cross-site JSON post needs a preflight nobody grants) and
   * an Origin, when sent, must be this server.
   */
  @POST
  @Path("v1/chats/{id}/take")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Take a waiting customer (exactly once; 409 if another agent was first)")
  public Response take(
      @PathParam("id") String id,
      @HeaderParam("Origin") String origin,
      @HeaderParam("Host") String host,
      @Context SecurityContext caller) {
    if (!SameOrigin.allows(origin, host)) {
      return Problem.of(
              Response.Status.FORBIDDEN,
              "foreign-origin",
              "This request must come from the console's own pages.")
          .toResponse();
    }
    desk.take(HandoffResource.conversation(id), caller.getUserPrincipal().getName());
    return Response.noContent().build();
  }

  @GET
  @Path("supervisor/v1/overview")
  @Operation(summary = "Agents, load, queue and measured times (supervisors)")
  public SupervisorOverview overview() {
    return desk.overview();
  }
}
