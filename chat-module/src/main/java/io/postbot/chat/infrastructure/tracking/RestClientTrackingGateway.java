package io.postbot.chat.infrastructure.tracking;

import io.postbot.chat.domain.model.tracking.TrackingGateway;
import io.postbot.chat.domain.model.tracking.TrackingNumber;
import io.postbot.chat.domain.model.tracking.TrackingResult;
import io.postbot.chat.domain.model.tracking.TrackingUnavailableException;
import io.postbot.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The tracking gateway of the running application: the carrier's API (or the built-in simulator)
 * through the MicroProfile REST client. A customer waits for the answer, so a call is bounded by a
 * timeout, retried once, and skipped altogether for a while when the service keeps failing; every
 * such failure reaches the bot as {@link TrackingUnavailableException}. A bulkhead beside the
 * breaker bounds how many requests wait for a slow carrier, so a slow API cannot take every thread.
 * "Not found" is an answer, not a failure, so it neither retries nor opens the circuit.
 */
@ApplicationScoped
public class RestClientTrackingGateway implements TrackingGateway {

  /**
   * At most this many customers wait for the carrier at once; the next is told at once that
   * tracking is unavailable instead of tying up a request thread (configurable through MicroProfile
   * Fault Tolerance: {@code .../RestClientTrackingGateway/track/Bulkhead/value}).
   */
  static final int TRACKING_CALLS_AT_ONCE = 16;

  @Inject @RestClient CarrierTrackingApi api;

  @Inject
  @ConfigProperty(name = "postbot.tracking.api-uid", defaultValue = "")
  String apiUid;

  @Inject
  @ConfigProperty(name = "postbot.tracking.api-key", defaultValue = "")
  String apiKey;

  @Override
  @Bulkhead(TRACKING_CALLS_AT_ONCE)
  @Timeout(value = 3, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 1, delay = 200, jitter = 100)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 30_000,
      successThreshold = 1)
  @Fallback(TrackingUnavailableFallback.class)
  public TrackingResult track(TrackingNumber number, Language language) {
    try (Response response =
        api.track(number.value(), CarrierEndpoint.carrierLanguage(language), apiUid, apiKey)) {
      return read(number, response);
    } catch (WebApplicationException e) {
      // Only if the client's default exception mapper is on: the carrier's 404 is still an answer.
      return read(number, e.getResponse());
    } catch (ProcessingException e) {
      // Connection refused, read timeout, unreadable body; the cause may quote the URL.
      throw new TrackingUnavailableException("tracking service unreachable");
    }
  }

  private static TrackingResult read(TrackingNumber number, Response response) {
    String body = response.hasEntity() ? response.readEntity(String.class) : "";
    return CarrierTrackingJson.read(number, response.getStatus(), body);
  }
}
