package io.postbot.web.statistics;

import io.postbot.shared.Jsonp;
import io.postbot.statistics.api.Dashboard;
import io.postbot.statistics.api.DayFigures;
import io.postbot.statistics.api.IntentCount;
import io.postbot.statistics.api.Percentiles;
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
    JsonArrayBuilder labels = Jsonp.createArrayBuilder();
    JsonArrayBuilder all = Jsonp.createArrayBuilder();
    JsonArrayBuilder people = Jsonp.createArrayBuilder();
    for (DayFigures day : d.days()) {
      labels.add(dayLabel.apply(day));
      all.add(day.conversations());
      people.add(day.handedToPeople());
    }
    return chart(
        "line",
        labels,
        Jsonp.createArrayBuilder()
            .add(dataset(conversations, all, BLUE))
            .add(dataset(handed, people, ORANGE)));
  }

  static String topIntents(
      List<IntentCount> intents, Function<String, String> title, String label) {
    JsonArrayBuilder labels = Jsonp.createArrayBuilder();
    JsonArrayBuilder values = Jsonp.createArrayBuilder();
    for (IntentCount i : intents) {
      labels.add(title.apply(i.intent()));
      values.add(i.questions());
    }
    return chart("bar", labels, Jsonp.createArrayBuilder().add(dataset(label, values, BLUE)));
  }

  static String satisfaction(Dashboard d, String label) {
    JsonArrayBuilder labels = Jsonp.createArrayBuilder();
    JsonArrayBuilder values = Jsonp.createArrayBuilder();
    for (int score = 1; score <= 5; score++) {
      labels.add(String.valueOf(score));
      values.add(d.satisfaction().distribution().get(score - 1));
    }
    return chart("bar", labels, Jsonp.createArrayBuilder().add(dataset(label, values, BLUE)));
  }

  /** Queue wait and handling time, median and 90th and 95th percentile, in minutes. */
  static String times(Dashboard d, List<String> percentileLabels, String wait, String handling) {
    JsonArrayBuilder labels = Jsonp.createArrayBuilder();
    percentileLabels.forEach(labels::add);
    return chart(
        "bar",
        labels,
        Jsonp.createArrayBuilder()
            .add(dataset(wait, minutes(d.queueWait()), BLUE))
            .add(dataset(handling, minutes(d.handling()), ORANGE)));
  }

  private static JsonArrayBuilder minutes(Percentiles p) {
    return Jsonp.createArrayBuilder()
        .add(p.p50().toSeconds() / 60.0)
        .add(p.p90().toSeconds() / 60.0)
        .add(p.p95().toSeconds() / 60.0);
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Jsonp.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("borderColor", colour)
        .add("backgroundColor", colour);
  }

  private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
    return Jsonp.createObjectBuilder()
        .add("type", type)
        .add("data", Jsonp.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Jsonp.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Jsonp.createObjectBuilder()
                        .add("y", Jsonp.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }
}
