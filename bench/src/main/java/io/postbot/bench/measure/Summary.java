package io.postbot.bench.measure;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * What a measured phase gave: exchanges completed, errors, the phase's length, the latency
 * percentiles in milliseconds (nearest-rank on every sample), and the CPU seconds the working
 * process used meanwhile (0 when not measured).
 */
public record Summary(
    int count,
    int errors,
    double seconds,
    double p50,
    double p90,
    double p99,
    double max,
    double cpuSeconds) {

  static Summary of(long[] sortedNanos, int errors, double seconds, double cpuSeconds) {
    return new Summary(
        sortedNanos.length,
        errors,
        seconds,
        percentile(sortedNanos, 50),
        percentile(sortedNanos, 90),
        percentile(sortedNanos, 99),
        sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1] / 1e6,
        cpuSeconds);
  }

  /** Nearest rank: the smallest sample with at least p% of the samples at or below it. */
  static double percentile(long[] sortedNanos, double p) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100 * sortedNanos.length);
    return sortedNanos[Math.max(0, rank - 1)] / 1e6;
  }

  /** Completed exchanges a second over the phase. */
  public double throughput() {
    return seconds <= 0 ? 0 : count / seconds;
  }

  /** CPU milliseconds the working process spent per completed exchange; 0 when not measured. */
  public double cpuMsPerExchange() {
    return count == 0 ? 0 : cpuSeconds * 1000 / count;
  }

  /** Share of the machine's cores the working process kept busy over the phase. */
  public double coresBusy() {
    return seconds <= 0 ? 0 : cpuSeconds / seconds;
  }

  public JsonObject toJson() {
    return Json.createObjectBuilder()
        .add("count", count)
        .add("errors", errors)
        .add("seconds", round(seconds))
        .add("throughput", round(throughput()))
        .add("p50", round(p50))
        .add("p90", round(p90))
        .add("p99", round(p99))
        .add("max", round(max))
        .add("cpu_seconds", round(cpuSeconds))
        .build();
  }

  public static Summary fromJson(JsonObject json) {
    return new Summary(
        json.getInt("count"),
        json.getInt("errors"),
        json.getJsonNumber("seconds").doubleValue(),
        json.getJsonNumber("p50").doubleValue(),
        json.getJsonNumber("p90").doubleValue(),
        json.getJsonNumber("p99").doubleValue(),
        json.getJsonNumber("max").doubleValue(),
        json.containsKey("cpu_seconds") ? json.getJsonNumber("cpu_seconds").doubleValue() : 0);
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
