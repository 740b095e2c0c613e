package io.postbot.web.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.postbot.chat.domain.model.tracking.CheckDigits;
import io.postbot.chat.domain.model.tracking.Shipment;
import io.postbot.chat.domain.model.tracking.ShipmentNotFound;
import io.postbot.chat.domain.model.tracking.ShipmentStatus;
import io.postbot.chat.domain.model.tracking.TrackingEvent;
import io.postbot.chat.domain.model.tracking.TrackingNumber;
import io.postbot.chat.domain.model.tracking.TrackingResult;
import io.postbot.chat.infrastructure.tracking.CarrierTrackingJson;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The tracking simulator tells every story in the carrier's own JSON")
class SimulatorTellsEveryStoryTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:20:00Z");
  private final TrackingSimulator simulator =
      new TrackingSimulator(Clock.fixed(NOW, ZoneOffset.UTC));

  @ParameterizedTest
  @EnumSource(SimulatedScenario.class)
  @DisplayName("each story reads back, through the bot's own adapter, as its status")
  void everyScenarioReadsBack(SimulatedScenario scenario) {
    TrackingNumber number = numberTelling(scenario);

    Shipment shipment = (Shipment) readBack(number, "en");

    assertThat(shipment.status()).isEqualTo(ShipmentStatus.valueOf(scenario.name()));
    assertThat(shipment.events()).hasSize(scenario.steps.size());
    assertThat(shipment.events())
        .extracting(TrackingEvent::time)
        .allSatisfy(
            time -> assertThat(time).isBefore(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC)));
    assertThat(shipment.pickupPoint().isPresent()).isEqualTo(scenario.atPickupPoint());
    assertThat(shipment.collectBy().isPresent()).isEqualTo(scenario.atPickupPoint());
  }

  @Test
  @DisplayName("a few numbers are not found, in the carrier's error shape")
  void someNumbersAreNotFound() {
    TrackingNumber unknown =
        IntStream.range(0, 10_000)
            .mapToObj(SimulatorTellsEveryStoryTest::sscc)
            .filter(n -> TrackingSimulator.key(n.value()) % 16 == 0)
            .findFirst()
            .orElseThrow();

    SimulatedAnswer answer = simulator.track(unknown.value(), "en");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(readBack(unknown, "en")).isEqualTo(new ShipmentNotFound(unknown));
  }

  @Test
  @DisplayName("the same number tells the same story, and tells it in Norwegian when asked")
  void deterministicAndInNorwegian() {
    TrackingNumber number = TrackingNumber.parse("CT797294851NO");

    assertThat(simulator.track("ct 797 294 851 no", "en"))
        .isEqualTo(simulator.track("CT797294851NO", "en"));
    assertThat(simulator.track(number.value(), "no").json()).contains("Sendingen");
  }

  @Test
  @DisplayName("an item from China waiting in customs came from Shanghai")
  void customsFromAbroad() {
    TrackingNumber fromChina =
        IntStream.range(0, 100_000_000)
            .mapToObj(i -> String.format("%08d", i * 7919 % 100_000_000))
            .map(serial -> TrackingNumber.parse("RR" + serial + CheckDigits.s10(serial) + "CN"))
            .filter(n -> scenarioOf(n) == SimulatedScenario.IN_CUSTOMS)
            .findFirst()
            .orElseThrow();

    Shipment shipment = (Shipment) readBack(fromChina, "en");

    assertThat(shipment.events().getLast().countryCode()).isEqualTo("CN");
    assertThat(shipment.events().getLast().city()).isEqualTo("SHANGHAI");
  }

  private TrackingResult readBack(TrackingNumber number, String lang) {
    SimulatedAnswer answer = simulator.track(number.value(), lang);
    return CarrierTrackingJson.read(number, answer.status(), answer.json());
  }

  static TrackingNumber numberTelling(SimulatedScenario scenario) {
    return IntStream.range(0, 10_000)
        .mapToObj(SimulatorTellsEveryStoryTest::sscc)
        .filter(n -> scenarioOf(n) == scenario)
        .findFirst()
        .orElseThrow();
  }

  private static SimulatedScenario scenarioOf(TrackingNumber number) {
    int key = TrackingSimulator.key(number.value());
    return key % 16 == 0
        ? null
        : SimulatedScenario.values()[key % SimulatedScenario.values().length];
  }

  private static TrackingNumber sscc(int serial) {
    String body = "3707012345" + String.format("%07d", serial);
    return TrackingNumber.parse(body + CheckDigits.gs1(body));
  }
}
