package io.postbot.statistics.application;

import io.postbot.chat.api.SentenceMeanings;
import io.postbot.statistics.api.Dashboard;
import io.postbot.statistics.api.DayFigures;
import io.postbot.statistics.api.IntentCount;
import io.postbot.statistics.api.Percentiles;
import io.postbot.statistics.api.QuestionGroup;
import io.postbot.statistics.api.Satisfaction;
import io.postbot.statistics.api.StatisticsDashboard;
import io.postbot.statistics.api.StatisticsQuery;
import io.postbot.statistics.domain.model.DailyCount;
import io.postbot.statistics.domain.model.MeasurementKind;
import io.postbot.statistics.domain.model.Outcome;
import io.postbot.statistics.domain.model.Statistics;
import io.postbot.statistics.domain.model.UnansweredQuestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the dashboard from the daily counts, the measurements and the unanswered questions; the
 * latter grouped by meaning with the bot's sentence embeddings.
 */
@ApplicationScoped
@Transactional
public class DashboardService implements StatisticsDashboard {

  static final int TOP = 10;

  /** How many of the range's most recent unanswered questions are grouped. */
  static final int UNANSWERED_GROUPED = 2_000;

  @Inject Statistics statistics;
  @Inject SentenceMeanings meanings;

  protected DashboardService() {}

  public DashboardService(Statistics statistics, SentenceMeanings meanings) {
    this.statistics = statistics;
    this.meanings = meanings;
  }

  @Override
  public Dashboard figures(StatisticsQuery query) {
    Map<LocalDate, Map<Outcome, Long>> perDay = new TreeMap<>();
    Map<String, Long> asked = new HashMap<>();
    for (DailyCount c : statistics.countsBetween(query.from(), query.to())) {
      if (query.language().map(l -> l != c.language()).orElse(false)) {
        continue;
      }
      perDay
          .computeIfAbsent(c.day(), d -> new EnumMap<>(Outcome.class))
          .merge(c.outcome(), c.count(), Long::sum);
      if (c.outcome() == Outcome.ASKED && !c.intent().equals("out_of_scope")) {
        asked.merge(c.intent(), c.count(), Long::sum);
      }
    }
    List<DayFigures> days = new ArrayList<>();
    for (LocalDate d = query.from(); !d.isAfter(query.to()); d = d.plusDays(1)) {
      Map<Outcome, Long> o = perDay.getOrDefault(d, Map.of());
      days.add(
          new DayFigures(
              d,
              o.getOrDefault(Outcome.STARTED, 0L),
              o.getOrDefault(Outcome.HANDED_OFF, 0L) + o.getOrDefault(Outcome.LEFT_MESSAGE, 0L),
              o.getOrDefault(Outcome.ASKED, 0L),
              o.getOrDefault(Outcome.NOT_ANSWERED, 0L)));
    }
    return new Dashboard(
        query,
        days,
        days.stream().mapToLong(DayFigures::conversations).sum(),
        days.stream().mapToLong(DayFigures::handedToPeople).sum(),
        days.stream().mapToLong(DayFigures::questions).sum(),
        days.stream().mapToLong(DayFigures::unanswered).sum(),
        asked.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(TOP)
            .map(e -> new IntentCount(e.getKey(), e.getValue()))
            .toList(),
        unanswered(query),
        satisfaction(query),
        Percentiles.of(amounts(MeasurementKind.QUEUE_WAIT, query)),
        Percentiles.of(amounts(MeasurementKind.HANDLING, query)));
  }

  private List<QuestionGroup> unanswered(StatisticsQuery query) {
    List<String> texts =
        statistics
            .unansweredBetween(query.from(), query.to(), query.language(), UNANSWERED_GROUPED)
            .stream()
            .map(UnansweredQuestion::redactedText)
            .toList();
    List<QuestionGroup> groups = new ArrayList<>();
    for (List<Integer> group : meanings.groupByMeaning(texts)) {
      List<String> wordings = group.stream().map(texts::get).distinct().toList();
      groups.add(
          new QuestionGroup(
              wordings.getFirst(),
              group.size(),
              wordings.subList(1, Math.min(4, wordings.size()))));
    }
    return groups.stream()
        .sorted(Comparator.comparingLong(QuestionGroup::count).reversed())
        .limit(TOP)
        .toList();
  }

  private Satisfaction satisfaction(StatisticsQuery query) {
    List<Long> scores = amounts(MeasurementKind.SATISFACTION, query);
    List<Long> distribution = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
    for (long score : scores) {
      distribution.set((int) score - 1, distribution.get((int) score - 1) + 1);
    }
    double average = scores.stream().mapToLong(Long::longValue).average().orElse(0);
    return new Satisfaction(scores.size(), average, distribution);
  }

  private List<Long> amounts(MeasurementKind kind, StatisticsQuery query) {
    return statistics.amounts(kind, query.from(), query.to(), query.language());
  }
}
