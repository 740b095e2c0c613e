package io.postbot.chat.infrastructure.tracking;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The carrier's tracking API as a MicroProfile REST client. Its URL and timeouts come from the
 * config key "tracking" ({@code tracking/mp-rest/url}, which defaults to {@code
 * postbot.tracking.base-url}). It answers the raw response, so "not found" bodies can be read too.
 */
@RegisterRestClient(configKey = "tracking")
@Path(CarrierEndpoint.TRACKING_PATH)
public interface CarrierTrackingApi {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  Response track(
      @QueryParam("q") String number,
      @QueryParam("lang") String language,
      @HeaderParam(CarrierEndpoint.UID_HEADER) String apiUid,
      @HeaderParam(CarrierEndpoint.KEY_HEADER) String apiKey);
}
