package io.postbot.handoff.api;

import io.postbot.shared.Language;
import java.time.Duration;
import java.time.Instant;

/**
 * A waiting customer was taken: how long they waited in the queue. For statistics, so it names no
 * conversation, agent or customer.
 */
public record QueueWaitMeasured(Language language, Duration waited, Instant at) {}
