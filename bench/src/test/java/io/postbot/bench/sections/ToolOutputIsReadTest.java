package io.postbot.bench.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The figures of wrk and of the purge benchmark are read from their output")
class ToolOutputIsReadTest {

  static final String WRK =
      """
      Running 20s test @ http://127.0.0.1:18180/health/live
        1 threads and 50 connections
        Thread Stats   Avg      Stdev     Max   +/- Stdev
          Latency    20.51ms   10.02ms 155.27ms   80.12%
          Req/Sec     2.45k   250.00     3.00k    70.00%
        Latency Distribution
           50%   18.20ms
           75%   24.00ms
           90%   30.10ms
           99%  850.00us
        48912 requests in 20.01s, 9.99MB read
        Socket errors: connect 0, read 2, write 0, timeout 1
        Non-2xx or 3xx responses: 4
      Requests/sec:   2444.38
      Transfer/sec:    511.00KB
      """;

  @Test
  @DisplayName("wrk: rate, percentiles in any unit, and every kind of error added up")
  void wrk() throws IOException {
    JsonObject figures = Wrk.parse(WRK, 50);

    assertThat(figures.getInt("throughput")).isEqualTo(2444);
    assertThat(figures.getInt("count")).isEqualTo(48912);
    assertThat(figures.getJsonNumber("p50").doubleValue()).isEqualTo(18.2);
    assertThat(figures.getJsonNumber("p99").doubleValue()).isEqualTo(0.85);
    assertThat(figures.getInt("errors")).isEqualTo(7);
  }

  @Test
  @DisplayName("the purge benchmark's lines become figures; other output is refused")
  void purge() throws IOException {
    String output =
        """
        loaded 50,000 conversations with 100,000 messages in 6.3 s
        purged 50,000 conversations (100,000 messages) in 100 batches, 12.9 s: 3,880 conversations/s
        live chat before the purge: 10,000 rounds, p50 0.97 ms, p95 6.61 ms, p99 13.00 ms, max 40.00 ms
        live chat during the purge: 2,000 rounds, p50 4.94 ms, p95 13.86 ms, p99 25.70 ms, max 80.00 ms
        expired conversations left: 0
        """;

    JsonObject figures = PurgeSection.parse(output, 50_000);

    assertThat(figures.getInt("per_second")).isEqualTo(3880);
    assertThat(figures.getInt("left")).isZero();
    assertThat(figures.getJsonObject("live_during").getJsonNumber("p99").doubleValue())
        .isEqualTo(25.7);
    assertThatThrownBy(() -> PurgeSection.parse("BUILD FAILURE", 1))
        .isInstanceOf(IOException.class);
  }
}
