package io.postbot.bench.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The server's heap and its start-up milestones are read from jcmd and its log")
class ServerFactsAreReadTest {

  @Test
  @DisplayName("jcmd GC.heap_info: the heap in use, in MiB")
  void heap() throws IOException {
    String info =
        "24280:\n garbage-first heap   total reserved 1048576K, committed 245760K, used 139264K"
            + " [0x00000000c0000000, 0x0000000100000000)\n  region size 1024K";

    assertThat(JvmMemory.parseUsedHeapMiB(info)).isEqualTo(136.0);
  }

  @Test
  @DisplayName("each milestone at its first log record, in seconds from the launch")
  void timeline() {
    long launched = 1_796_162_140_000L;
    String log =
        record(launched + 4_200, "Payara Micro Runtime directory is located at x")
            + record(launched + 19_000, "ROOT was successfully deployed in 14,434 milliseconds.")
            + record(launched + 21_500, "retention schema: 1, statistics: 1 applied")
            + record(launched + 22_000, "embedding cache x not found: embedding from scratch")
            + record(
                launched + 30_100,
                "intent classifier trained on 3553 examples of 56 intents in 8100 ms")
            + record(launched + 31_000, "retention schema: again");

    JsonObject timeline = StartupLog.timeline(log, launched);

    assertThat(timeline.getJsonNumber("jvm").doubleValue()).isEqualTo(4.2);
    assertThat(timeline.getJsonNumber("migrated").doubleValue()).isEqualTo(21.5);
    assertThat(timeline.getJsonNumber("classifier_trained").doubleValue()).isEqualTo(30.1);
    assertThat(timeline.getInt("classifier_ms")).isEqualTo(8100);
    assertThat(timeline.containsKey("web_started")).isFalse();
  }

  @Test
  @DisplayName("/proc/PID/stat: user and system ticks, whatever the command name holds")
  void cpu() {
    String stat = "4242 (java (x) y) S 1 2 3 0 -1 4194560 900 0 0 0 1500 250 0 0 20 0 60 0";

    assertThat(ProcessCpu.parseTicks(stat)).isEqualTo(1750);
  }

  private static String record(long at, String message) {
    return "[2026-12-01T21:55:44.224+0000] [] [INFO] [] [x] [tid: _ThreadID=3] [timeMillis: "
        + at
        + "] [levelValue: 800] "
        + message
        + "\n\n";
  }
}
