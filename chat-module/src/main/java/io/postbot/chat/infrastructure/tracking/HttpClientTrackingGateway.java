package io.postbot.chat.infrastructure.tracking;

import io.postbot.chat.domain.model.tracking.TrackingGateway;
import io.postbot.chat.domain.model.tracking.TrackingNumber;
import io.postbot.chat.domain.model.tracking.TrackingResult;
import io.postbot.chat.domain.model.tracking.TrackingUnavailableException;
import io.postbot.shared.Language;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The carrier's tracking API over the JDK's own HTTP client: the same exchange as {@link
 * RestClientTrackingGateway} without a MicroProfile runtime, for tools and tests. It has no retry
 * or circuit breaker of its own; a timeout bounds each call.
 */
public final class HttpClientTrackingGateway implements TrackingGateway {

  private final CarrierEndpoint endpoint;
  private final Duration timeout;
  private final HttpClient client;

  public HttpClientTrackingGateway(CarrierEndpoint endpoint, Duration timeout) {
    this.endpoint = endpoint;
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public TrackingResult track(TrackingNumber number, Language language) {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint.trackingUri(number, language))
            .timeout(timeout)
            .header("Accept", "application/json")
            .header(CarrierEndpoint.UID_HEADER, endpoint.apiUid())
            .header(CarrierEndpoint.KEY_HEADER, endpoint.apiKey())
            .GET()
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return CarrierTrackingJson.read(number, response.statusCode(), response.body());
    } catch (HttpTimeoutException e) {
      throw new TrackingUnavailableException("tracking service timed out");
    } catch (IOException e) {
      // The cause is left out on purpose: its message may quote the URL, which holds the number.
      throw new TrackingUnavailableException(
          "tracking service unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TrackingUnavailableException("interrupted while tracking");
    }
  }
}
