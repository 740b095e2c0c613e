package io.postbot.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Latencies count only the measured phase, and percentiles are exact")
class PercentilesAreExactOverThePhaseTest {

  @Test
  @DisplayName("nearest rank over every sample: p50, p99 and max of 1..100 ms")
  void nearestRank() {
    Latencies latencies = new Latencies();
    latencies.start();
    for (int ms = 100; ms >= 1; ms--) {
      latencies.record(ms * 1_000_000L);
    }
    latencies.stop();

    Summary summary = latencies.summary();

    assertThat(summary.count()).isEqualTo(100);
    assertThat(summary.p50()).isEqualTo(50.0);
    assertThat(summary.p99()).isEqualTo(99.0);
    assertThat(summary.max()).isEqualTo(100.0);
  }

  @Test
  @DisplayName("samples and errors before the start or after the stop are left out")
  void onlyThePhase() {
    Latencies latencies = new Latencies();
    latencies.record(5_000_000L);
    latencies.error();
    latencies.start();
    latencies.record(1_000_000L);
    latencies.error();
    latencies.stop();
    latencies.record(9_000_000L);
    latencies.error();

    Summary summary = latencies.summary();

    assertThat(summary.count()).isEqualTo(1);
    assertThat(summary.errors()).isEqualTo(1);
    assertThat(summary.max()).isEqualTo(1.0);
  }

  @Test
  @DisplayName("a summary survives the results file unchanged")
  void roundTrip() {
    Summary summary = new Summary(120, 2, 30, 12.5, 40, 88.25, 130, 24);

    assertThat(Summary.fromJson(summary.toJson())).isEqualTo(summary);
    assertThat(summary.throughput()).isEqualTo(4.0);
    assertThat(summary.cpuMsPerExchange()).isEqualTo(200.0);
    assertThat(summary.coresBusy()).isEqualTo(0.8);
  }
}
