package io.postbot.retention.api;

import java.time.Instant;

/** One purge run as operators see it in the audit: no personal data. */
public record PurgeRunView(
    String kind,
    Instant startedAt,
    Instant finishedAt,
    long durationMillis,
    int erased,
    int batches,
    String outcome,
    String reason) {}
