package io.postbot.retention.application;

import io.postbot.retention.domain.model.purge.PurgeKind;

/** Told how many records each purge batch erased, e.g. to count them in metrics. */
public interface PurgeObserver {

  void erased(PurgeKind kind, int count);

  PurgeObserver NONE = (kind, count) -> {};
}
