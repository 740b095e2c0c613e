package io.postbot.statistics.application;

import io.postbot.statistics.domain.model.DailyCount;
import io.postbot.statistics.domain.model.Statistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Writes one batch of pending statistics: all of it in one transaction, or none of it. */
@ApplicationScoped
public class StatisticsWriter {

  /**
   * Every server updates the rows it shares with the others in this order, so that two writes at
   * once wait for each other's row locks instead of deadlocking.
   */
  static final Comparator<DailyCount.Key> LOCK_ORDER =
      Comparator.comparing(DailyCount.Key::day)
          .thenComparing(DailyCount.Key::intent)
          .thenComparing(DailyCount.Key::language)
          .thenComparing(DailyCount.Key::outcome);

  @Inject Statistics statistics;

  protected StatisticsWriter() {}

  public StatisticsWriter(Statistics statistics) {
    this.statistics = statistics;
  }

  @Transactional
  public void write(Map<DailyCount.Key, Long> counts, List<PendingRow> rows) {
    counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(LOCK_ORDER))
        .forEach(c -> {
          DailyCount.Key key = c.getKey();
          statistics.count(key.day(), key.intent(), key.language(), key.outcome(), c.getValue());
        });
    rows.forEach(row -> row.writeTo(statistics));
  }
}
