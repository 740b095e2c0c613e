package io.postbot.web.statistics;

import io.postbot.statistics.api.Dashboard;
import io.postbot.statistics.api.DayFigures;
import io.postbot.statistics.api.IntentCount;
import io.postbot.statistics.api.Percentiles;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.Function;

/**
 * The dashboard's charts as Chart.js configurations for PrimeFaces' p:chart. Labels come in the
 * user's language from the page; the figures are the dashboard's.
 */
final class StatisticsCharts {

  private static final String BLUE = "#1f5fbf";
  private static final String ORANGE = "#b35900";

  private StatisticsCharts() {}

  /** Conversations per day, and those handed to a person. */
  static String perDay(
      Dashboard d, Function<DayFigures, String> dayLabel, String conversations, String handed) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder all = Json.createArrayBuilder();
    JsonArrayBuilder people = Json.createArrayBuilder();
    for (DayFigures day : d.days()) {
      labels.add(dayLabel.apply(day));
      all.add(day.conversations());
      people.add(day.handedToPeople());
    }
    return chart(
        "line",
        labels,
        Json.createArrayBuilder()
            .add(dataset(conversations, all, BLUE))
            .add(dataset(handed, people, ORANGE)));
  }

  static String topIntents(
      List<IntentCount> intents, Function<String, String> title, String label) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (IntentCount i : intents) {
      labels.add(title.apply(i.intent()));
      values.add(i.questions());
    }
    return chart("bar", labels, Json.createArrayBuilder().add(dataset(label, values, BLUE)));
  }

  static String satisfaction(Dashboard d, String label) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (int score = 1; score <= 5; score++) {
      labels.add(String.valueOf(score));
      values.add(d.satisfaction().distribution().get(score - 1));
    }
    return chart("bar", labels, Json.createArrayBuilder().add(dataset(label, values, BLUE)));
  }

  /** Queue wait and handling time, median and 90th and 95th percentile, in minutes. */
  static String times(Dashboard d, List<String> percentileLabels, String wait, String handling) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    percentileLabels.forEach(labels::add);
    return chart(
        "bar",
        labels,
        Json.createArrayBuilder()
            .add(dataset(wait, minutes(d.queueWait()), BLUE))
            .add(dataset(handling, minutes(d.handling()), ORANGE)));
  }

  private static JsonArrayBuilder minutes(Percentiles p) {
    return Json.createArrayBuilder()
        .add(p.p50().toSeconds() / 60.0)
        .add(p.p90().toSeconds() / 60.0)
        .add(p.p95().toSeconds() / 60.0);
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("borderColor", colour)
        .add("backgroundColor", colour);
  }

  private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }
}
