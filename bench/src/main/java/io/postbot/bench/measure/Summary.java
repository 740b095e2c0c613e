package io.postbot.bench.measure;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * What a measured phase gave: exchanges completed, errors, the phase's length and the latency
 * percentiles in milliseconds (nearest-rank on every sample).
 */
public record Summary(
    int count, int errors, double seconds, double p50, double p90, double p99, double max) {

  static Summary of(long[] sortedNanos, int errors, double seconds) {
    return new Summary(
        sortedNanos.length,
        errors,
        seconds,
        percentile(sortedNanos, 50),
        percentile(sortedNanos, 90),
        percentile(sortedNanos, 99),
        sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1] / 1e6);
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
        json.getJsonNumber("max").doubleValue());
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
