package io.postbot.bench.sections;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk (Debian's package) against one URL: C connections on one thread, for a time, with its latency
 * distribution. One wrk thread leaves the second core to the server; wrk itself needs a fraction of
 * a core at these rates.
 */
final class Wrk {

  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
  private static final Pattern SOCKET =
      Pattern.compile("connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

  private Wrk() {}

  static JsonObject run(URI url, int connections, Duration length) throws IOException {
    List<String> command =
        List.of(
            "wrk",
            "-t1",
            "-c" + connections,
            "-d" + length.toSeconds() + "s",
            "--timeout",
            "10s",
            "--latency",
            url.toString());
    Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(wrk.getInputStream().readAllBytes());
    try {
      if (!wrk.waitFor(length.toSeconds() + 30, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
        throw new IOException("wrk failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return parse(output, connections);
  }

  static JsonObject parse(String output, int connections) throws IOException {
    int errors = count(NON_2XX, output);
    Matcher socket = SOCKET.matcher(output);
    if (socket.find()) {
      for (int g = 1; g <= 4; g++) {
        errors += Integer.parseInt(socket.group(g));
      }
    }
    return Json.createObjectBuilder()
        .add("connections", connections)
        .add("count", count(TOTAL, output))
        .add("errors", errors)
        .add("throughput", Math.round(number(RATE, output)))
        .add("p50", percentileMs(output, "50"))
        .add("p99", percentileMs(output, "99"))
        .build();
  }

  private static int count(Pattern pattern, String output) {
    Matcher m = pattern.matcher(output);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static double number(Pattern pattern, String output) throws IOException {
    Matcher m = pattern.matcher(output);
    if (!m.find()) {
      throw new IOException("no figure in wrk's output: " + output);
    }
    return Double.parseDouble(m.group(1));
  }

  /** wrk prints e.g. "99% 12.34ms" (us, ms or s). */
  static double percentileMs(String output, String percent) throws IOException {
    Matcher m = Pattern.compile("\\s" + percent + "%\\s+([\\d.]+)(us|ms|s)\\b").matcher(output);
    if (!m.find()) {
      throw new IOException("no " + percent + "th percentile in wrk's output");
    }
    double value = Double.parseDouble(m.group(1));
    double ms =
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "us" -> value / 1000;
          case "s" -> value * 1000;
          default -> value;
        };
    return Math.round(ms * 100) / 100.0;
  }
}
