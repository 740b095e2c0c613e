package io.postbot.web.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/**
 * The built-in tracking simulator at {@code /api/simulator/tracking/tracking.json?q=&lang=}, the
 * default of {@code postbot.tracking.base-url}, so the bot tracks parcels without the carrier. Like
 * the carrier, it answers "No shipments found" with HTTP 404. It ignores the API key headers.
 */
@ApplicationScoped
@Path("simulator/tracking")
public class TrackingSimulatorResource {

  private TrackingSimulator simulator;

  protected TrackingSimulatorResource() {}

  @Inject
  public TrackingSimulatorResource(Clock clock) {
    this.simulator = new TrackingSimulator(clock);
  }

  @GET
  @Path("tracking.json")
  @Produces(MediaType.APPLICATION_JSON)
  public Response track(
      @QueryParam("q") String number, @QueryParam("lang") @DefaultValue("en") String lang) {
    SimulatedAnswer answer = simulator.track(number, lang);
    return Response.status(answer.status())
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(answer.json())
        .build();
  }
}
