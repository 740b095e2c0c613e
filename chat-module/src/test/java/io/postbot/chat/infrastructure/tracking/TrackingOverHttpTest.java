package io.postbot.chat.infrastructure.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postbot.chat.domain.model.tracking.Shipment;
import io.postbot.chat.domain.model.tracking.ShipmentNotFound;
import io.postbot.chat.domain.model.tracking.ShipmentStatus;
import io.postbot.chat.domain.model.tracking.TrackingNumber;
import io.postbot.chat.domain.model.tracking.TrackingUnavailableException;
import io.postbot.shared.Language;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Tracking over HTTP against the carrier's API")
class TrackingOverHttpTest {

  private static final TrackingNumber SSCC = TrackingNumber.parse("370701234567890125");

  private FakeCarrier carrier;
  private HttpClientTrackingGateway gateway;

  @BeforeEach
  void startCarrier() throws IOException {
    carrier = new FakeCarrier();
    gateway =
        new HttpClientTrackingGateway(
            new CarrierEndpoint(carrier.baseUrl(), "bot@example.com", "secret-key"),
            Duration.ofMillis(500));
  }

  @AfterEach
  void stopCarrier() {
    carrier.close();
  }

  @Test
  @DisplayName("asks for the number and language with the API user id and key")
  void sendsNumberLanguageAndCredentials() {
    carrier.answers(200, RecordedAnswers.read("ready-for-pickup.json"));

    var result = gateway.track(SSCC, Language.NB);

    assertThat(result).isInstanceOf(Shipment.class);
    assertThat(((Shipment) result).status()).isEqualTo(ShipmentStatus.READY_FOR_PICKUP);
    assertThat(carrier.lastRequest.getPath()).isEqualTo("/tracking/api/v2/tracking.json");
    assertThat(carrier.lastRequest.getQuery()).isEqualTo("q=370701234567890125&lang=no");
    assertThat(carrier.lastUid).isEqualTo("bot@example.com");
    assertThat(carrier.lastKey).isEqualTo("secret-key");
  }

  @Test
  @DisplayName("a 404 in the carrier's error shape is \"not found\"")
  void notFoundShape() {
    carrier.answers(404, RecordedAnswers.read("not-found.json"));

    assertThat(gateway.track(SSCC, Language.EN)).isEqualTo(new ShipmentNotFound(SSCC));
  }

  @Test
  @DisplayName("a server error means the service is unavailable")
  void serverError() {
    carrier.answers(500, "{\"message\":\"Internal Server Error\"}");

    assertThatThrownBy(() -> gateway.track(SSCC, Language.EN))
        .isInstanceOf(TrackingUnavailableException.class)
        .hasMessageContaining("500");
  }

  @Test
  @DisplayName("an answer too slow to wait for means the service is unavailable")
  void timeout() {
    carrier.stallsFor(Duration.ofSeconds(10)).answers(200, RecordedAnswers.read("delivered.json"));

    assertThatThrownBy(() -> gateway.track(SSCC, Language.EN))
        .isInstanceOf(TrackingUnavailableException.class)
        .hasMessageContaining("timed out");
  }

  @Test
  @DisplayName("malformed JSON means the service is unavailable")
  void malformedJson() {
    carrier.answers(200, RecordedAnswers.read("malformed.json"));

    assertThatThrownBy(() -> gateway.track(SSCC, Language.EN))
        .isInstanceOf(TrackingUnavailableException.class)
        .hasMessageNotContaining(SSCC.value());
  }

  @Test
  @DisplayName("a service that is not running means unavailable, without the URL in the error")
  void connectionRefused() {
    URI nobodyListens = carrier.baseUrl();
    carrier.close();
    var offline =
        new HttpClientTrackingGateway(
            new CarrierEndpoint(nobodyListens, "", ""), Duration.ofMillis(500));

    assertThatThrownBy(() -> offline.track(SSCC, Language.EN))
        .isInstanceOf(TrackingUnavailableException.class)
        .hasMessageNotContaining(SSCC.value())
        .hasNoCause();
  }
}
