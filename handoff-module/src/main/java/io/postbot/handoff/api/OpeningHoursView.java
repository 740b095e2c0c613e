package io.postbot.handoff.api;

import java.time.Instant;
import java.util.Optional;

/**
 * When customer service answers chats, as administrators see and set it.
 *
 * @param spec e.g. "Mon-Fri 08:00-20:00,Sat 10:00-16:00", or "always"
 * @param timeZone customer service's time zone (postbot.handoff.time-zone)
 * @param changedBy who set it in the console; empty while the configured hours apply
 */
public record OpeningHoursView(
    String spec, String timeZone, Optional<String> changedBy, Optional<Instant> changedAt) {}
