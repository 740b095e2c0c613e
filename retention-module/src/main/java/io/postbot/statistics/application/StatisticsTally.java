package io.postbot.statistics.application;

import io.postbot.shared.Language;
import io.postbot.statistics.api.PendingStatistics;
import io.postbot.statistics.domain.model.DailyCount;
import io.postbot.statistics.domain.model.Outcome;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * This server's statistics since they were last written: counts per day, intent, language and
 * outcome, and the rows to add (review samples, measurements, unanswered questions). A bot reply
 * only adds here; {@link #writeNow()} (once a second, and at shutdown) writes it all in one
 * transaction. A write that fails leaves everything pending, so while the server runs nothing is
 * lost; a crash loses at most what came since the last write. Writes add to the stored counts,
 * never set them, so the counts of several servers sum up.
 */
@ApplicationScoped
public class StatisticsTally implements PendingStatistics {

  private static final Logger LOG = Logger.getLogger(StatisticsTally.class.getName());

  /**
   * At most this many rows wait for a write: a server answering 50 questions a second adds about
   * ten a second, so a quarter of an hour with the database away. When full, new rows are refused
   * and their number logged: review samples are a random share anyway. Counts are never refused
   * (one number per key).
   */
  static final int ROWS_KEPT = 10_000;

  @Inject StatisticsWriter writer;

  /**
   * Plain sums, added and taken with the map's atomic per-key operations: taking a key's sum and
   * removing it must be one step with adding to it, which a LongAdder held outside the map's lock
   * cannot be (an addition to an adder just taken would be lost).
   */
  private final ConcurrentHashMap<DailyCount.Key, Long> counts = new ConcurrentHashMap<>();

  private final BlockingDeque<PendingRow> rows;
  private final AtomicLong refused = new AtomicLong();

  /** One write at a time: the schedule's and the shutdown's never interleave. */
  private final ReentrantLock writing = new ReentrantLock();

  private int failedInARow;

  public StatisticsTally() {
    this(ROWS_KEPT);
  }

  StatisticsTally(int rowsKept) {
    rows = new LinkedBlockingDeque<>(rowsKept);
  }

  StatisticsTally(StatisticsWriter writer, int rowsKept) {
    this(rowsKept);
    this.writer = writer;
  }

  /** One more of this outcome. */
  public void count(LocalDate day, String intent, Language language, Outcome outcome) {
    counts.merge(new DailyCount.Key(day, intent, language, outcome), 1L, Long::sum);
  }

  /** A row for the next write; refused (and counted) when {@link #ROWS_KEPT} are waiting. */
  public void keep(PendingRow row) {
    if (!rows.offer(row)) {
      refused.incrementAndGet();
    }
  }

  @Override
  public void writeNow() {
    writing.lock();
    try {
      Map<DailyCount.Key, Long> taken = new HashMap<>();
      for (DailyCount.Key key : counts.keySet()) {
        Long n = counts.remove(key);
        if (n != null) {
          taken.put(key, n);
        }
      }
      List<PendingRow> takenRows = new ArrayList<>();
      rows.drainTo(takenRows);
      if (!taken.isEmpty() || !takenRows.isEmpty()) {
        write(taken, takenRows);
      }
      long lost = refused.getAndSet(0);
      if (lost > 0) {
        LOG.warning(() -> lost + " statistics rows refused: " + rows.size() + " were waiting");
      }
    } finally {
      writing.unlock();
    }
  }

  private void write(Map<DailyCount.Key, Long> taken, List<PendingRow> takenRows) {
    try {
      writer.write(taken, takenRows);
      if (failedInARow > 0) {
        int tries = failedInARow;
        LOG.info(() -> "statistics written again after " + tries + " failed writes");
      }
      failedInARow = 0;
    } catch (RuntimeException e) {
      // Back to pending, added to what came meanwhile; rows ahead of the newer ones.
      taken.forEach((key, n) -> counts.merge(key, n, Long::sum));
      for (PendingRow row : takenRows.reversed()) {
        if (!rows.offerFirst(row)) {
          refused.incrementAndGet();
        }
      }
      if (failedInARow++ == 0) {
        // Once, not every second while the database is away; never the message (it may quote SQL
        // with values).
        LOG.warning(
            "statistics not written, kept for the next write: "
                + taken.size()
                + " counts, "
                + takenRows.size()
                + " rows ("
                + e.getClass().getName()
                + ")");
      }
    }
  }

  /** What is pending, for tests: the sum of every count. */
  long pendingCounts() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  int pendingRows() {
    return rows.size();
  }

  /** The last second's figures are written when the application stops. */
  @PreDestroy
  void writeAtShutdown() {
    writeNow();
  }
}
