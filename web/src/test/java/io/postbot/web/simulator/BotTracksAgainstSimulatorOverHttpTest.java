package io.postbot.web.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.postbot.chat.domain.model.tracking.Shipment;
import io.postbot.chat.domain.model.tracking.ShipmentStatus;
import io.postbot.chat.domain.model.tracking.TrackingNumber;
import io.postbot.chat.infrastructure.tracking.CarrierEndpoint;
import io.postbot.chat.infrastructure.tracking.HttpClientTrackingGateway;
import io.postbot.shared.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bot's HTTP tracking adapter understands the simulator as served over HTTP")
class BotTracksAgainstSimulatorOverHttpTest {

  private final TrackingSimulator simulator = new TrackingSimulator(Clock.systemUTC());
  private HttpServer server;

  @BeforeEach
  void serveSimulator() throws IOException {
    // The same path and query as TrackingSimulatorResource, on loopback.
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/simulator/tracking/tracking.json", this::answer);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  @DisplayName("a parcel ready for pickup comes back with its pickup point")
  void readyForPickupOverHttp() {
    TrackingNumber number =
        SimulatorTellsEveryStoryTest.numberTelling(SimulatedScenario.READY_FOR_PICKUP);
    URI base =
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/simulator/tracking");
    var gateway =
        new HttpClientTrackingGateway(
            new CarrierEndpoint(base, "simulator", "simulator"), Duration.ofSeconds(5));

    Shipment shipment = (Shipment) gateway.track(number, Language.NB);

    assertThat(shipment.status()).isEqualTo(ShipmentStatus.READY_FOR_PICKUP);
    assertThat(shipment.pickupPoint()).isPresent();
    assertThat(shipment.latestEvent().orElseThrow().description())
        .startsWith("Sendingen kan hentes");
  }

  private void answer(HttpExchange exchange) throws IOException {
    Map<String, String> query = new HashMap<>();
    for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
      String[] parts = pair.split("=", 2);
      query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }
    SimulatedAnswer answer = simulator.track(query.get("q"), query.getOrDefault("lang", "en"));
    byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(answer.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
