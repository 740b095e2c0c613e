package io.postbot.handoff.api;

import io.postbot.shared.Language;
import java.time.Duration;
import java.time.Instant;

/**
 * An agent closed a live chat: how long it took from taking the customer to closing. For
 * statistics, so it names no conversation, agent or customer.
 */
public record ChatHandlingMeasured(Language language, Duration handled, Instant at) {}
