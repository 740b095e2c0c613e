package io.postbot.ear;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Notes how long each stage of the EAR test took, for the report (never asserted). */
final class Stopwatch {

  private final long start = System.nanoTime();
  private long last = start;
  private final List<String> laps = new ArrayList<>();

  void lap(String stage) {
    long now = System.nanoTime();
    laps.add(stage + " " + seconds(now - last));
    last = now;
  }

  @Override
  public String toString() {
    return String.join(", ", laps) + "; total " + seconds(System.nanoTime() - start);
  }

  private static String seconds(long nanos) {
    return String.format("%.1f s", Duration.ofNanos(nanos).toMillis() / 1000.0);
  }
}
