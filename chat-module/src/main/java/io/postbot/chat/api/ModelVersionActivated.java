package io.postbot.chat.api;

import java.time.Instant;

/**
 * A model version became the one the bot understands customers with (trained and not worse, or
 * rolled back to); other servers pick it up within their refresh interval.
 *
 * @param rolledBack whether an administrator went back to it
 */
public record ModelVersionActivated(int version, boolean rolledBack, Instant at) {}
