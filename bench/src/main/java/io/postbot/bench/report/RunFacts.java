package io.postbot.bench.report;

import jakarta.json.JsonObject;
import java.util.Locale;

/** The line under every figure: when, on what, how busy the machine was, and the command. */
final class RunFacts {

  private RunFacts() {}

  static String of(JsonObject result) {
    JsonObject machine = result.getJsonObject("machine");
    JsonObject load = result.getJsonObject("loadavg");
    return String.format(
        Locale.ROOT,
        "Measured %s on commit `%s`: %d cores (%s), %d GiB, %s; load average %.1f before, %.1f"
            + " after.%s Reproduce: `%s`.%n",
        result.getString("date").replace("T", " ").replace("Z", " UTC"),
        result.getString("commit"),
        machine.getInt("cores"),
        machine.getString("cpu"),
        machine.getInt("memory_gib"),
        machine.getString("java"),
        load.getJsonNumber("before").doubleValue(),
        load.getJsonNumber("after").doubleValue(),
        result.getBoolean("quick", false)
            ? " **Quick run** (phases a third as long, a tenth of the counts): for trying the"
                + " suite, not for quoting."
            : "",
        result.getString("command"));
  }

  static JsonObject figures(JsonObject results, String section) {
    JsonObject result = results.getJsonObject(section);
    return result == null ? null : result.getJsonObject("figures");
  }

  static double number(JsonObject json, String key) {
    return json.getJsonNumber(key).doubleValue();
  }
}
