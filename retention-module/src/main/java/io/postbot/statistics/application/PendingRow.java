package io.postbot.statistics.application;

import io.postbot.statistics.domain.model.Measurement;
import io.postbot.statistics.domain.model.ReviewSample;
import io.postbot.statistics.domain.model.Statistics;
import io.postbot.statistics.domain.model.UnansweredQuestion;

/**
 * A row waiting for the next write. The entity is made when its event is observed, so that a value
 * the domain refuses fails there, once, and never the write of everything else pending.
 */
public sealed interface PendingRow {

  void writeTo(Statistics statistics);

  record Sample(ReviewSample sample) implements PendingRow {
    @Override
    public void writeTo(Statistics statistics) {
      statistics.sample(sample);
    }
  }

  record Measured(Measurement measurement) implements PendingRow {
    @Override
    public void writeTo(Statistics statistics) {
      statistics.measure(measurement);
    }
  }

  record Unanswered(UnansweredQuestion question) implements PendingRow {
    @Override
    public void writeTo(Statistics statistics) {
      statistics.unanswered(question);
    }
  }
}
