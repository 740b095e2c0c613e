package io.postbot.web.statistics;

import io.postbot.statistics.api.Dashboard;
import io.postbot.statistics.api.DayFigures;
import io.postbot.statistics.api.IntentCount;
import io.postbot.statistics.api.Percentiles;
import io.postbot.statistics.api.QuestionGroup;
import java.util.Locale;

/**
 * The dashboard as CSV (RFC 4180), one figure a row: {@code figure,key,value}. Long rather than
 * wide, so a spreadsheet or script reads every figure the same way.
 */
final class StatisticsCsv {

  private StatisticsCsv() {}

  static String of(Dashboard d) {
    StringBuilder csv = new StringBuilder("figure,key,value\r\n");
    row(csv, "from", "", d.query().from().toString());
    row(csv, "to", "", d.query().to().toString());
    row(csv, "language", "", d.query().language().map(l -> l.code()).orElse("all"));
    for (DayFigures day : d.days()) {
      String key = day.day().toString();
      row(csv, "conversations", key, day.conversations());
      row(csv, "handed_to_people", key, day.handedToPeople());
      row(csv, "questions", key, day.questions());
      row(csv, "unanswered", key, day.unanswered());
    }
    row(csv, "conversations_total", "", d.conversations());
    row(csv, "containment", "", share(d.containment()));
    row(csv, "handoff_rate", "", share(d.handoffRate()));
    row(csv, "out_of_scope_rate", "", share(d.outOfScopeRate()));
    for (IntentCount i : d.topIntents()) {
      row(csv, "top_intent", i.intent(), i.questions());
    }
    for (QuestionGroup g : d.topUnanswered()) {
      row(csv, "top_unanswered", g.example(), g.count());
    }
    row(csv, "satisfaction_answers", "", d.satisfaction().answers());
    row(csv, "satisfaction_average", "", share(d.satisfaction().average()));
    for (int score = 1; score <= 5; score++) {
      row(
          csv,
          "satisfaction_score",
          String.valueOf(score),
          d.satisfaction().distribution().get(score - 1));
    }
    percentiles(csv, "queue_wait", d.queueWait());
    percentiles(csv, "handling_time", d.handling());
    return csv.toString();
  }

  private static void percentiles(StringBuilder csv, String name, Percentiles p) {
    row(csv, name + "_measured", "", p.measured());
    row(csv, name + "_seconds", "p50", p.p50().toSeconds());
    row(csv, name + "_seconds", "p90", p.p90().toSeconds());
    row(csv, name + "_seconds", "p95", p.p95().toSeconds());
    row(csv, name + "_seconds", "max", p.max().toSeconds());
  }

  private static String share(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  private static void row(StringBuilder csv, String figure, String key, Object value) {
    csv.append(figure)
        .append(',')
        .append(quote(key))
        .append(',')
        .append(quote(String.valueOf(value)));
    csv.append("\r\n");
  }

  /**
   * Quotes a field when needed; a field a spreadsheet would run as a formula gets a leading
   * apostrophe, since unanswered questions are customers' words.
   */
  static String quote(String field) {
    String safe = field.matches("^[=+\\-@\t\r].*") ? "'" + field : field;
    return safe.matches(".*[\",\r\n].*") || !safe.equals(field)
        ? "\"" + safe.replace("\"", "\"\"") + "\""
        : safe;
  }
}
