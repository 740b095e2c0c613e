package io.postbot.bench.server;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a start's time goes, read from the server's log: every Payara log record carries its epoch
 * milliseconds ({@code [timeMillis: ...]}), so the first record of each milestone, less the moment
 * {@code ./postbot run} was started, places it on the start's timeline.
 */
public final class StartupLog {

  /** Milestones in the order they happen, by a fragment of their log message. */
  static final Map<String, String> MILESTONES = new LinkedHashMap<>();

  static {
    MILESTONES.put("jvm", "Payara Micro Runtime directory");
    MILESTONES.put("deployed", "was successfully deployed in");
    MILESTONES.put("web_started", "Initializing Mojarra");
    MILESTONES.put("migrated", "retention schema:");
    MILESTONES.put("classifier_started", "embedding cache");
    MILESTONES.put("classifier_trained", "intent classifier trained");
    MILESTONES.put("classifier_shipped", "intent classifier read from the shipped model");
    MILESTONES.put("model_loaded", "loaded from its saved model");
  }

  private static final Pattern TIME = Pattern.compile("\\[timeMillis: (\\d+)\\]");
  private static final Pattern TRAINED =
      Pattern.compile("intent classifier trained .* in (\\d+) ms");

  private StartupLog() {}

  /** Seconds from the launch to each milestone found, and the classifier's own training time. */
  public static JsonObject timeline(String log, long launchedAtMillis) {
    Map<String, Double> found = new LinkedHashMap<>();
    for (String record : log.split("\n\n")) {
      Matcher time = TIME.matcher(record);
      if (!time.find()) {
        continue;
      }
      long at = Long.parseLong(time.group(1));
      for (var milestone : MILESTONES.entrySet()) {
        if (!found.containsKey(milestone.getKey()) && record.contains(milestone.getValue())) {
          found.put(milestone.getKey(), (at - launchedAtMillis) / 1000.0);
        }
      }
    }
    JsonObjectBuilder json = Json.createObjectBuilder();
    MILESTONES.keySet().stream()
        .filter(found::containsKey)
        .forEach(k -> json.add(k, Math.round(found.get(k) * 10) / 10.0));
    Matcher trained = TRAINED.matcher(log);
    if (trained.find()) {
      json.add("classifier_ms", Long.parseLong(trained.group(1)));
    }
    return json.build();
  }
}
