package io.postbot.chat.api;

import java.time.Instant;
import java.util.Optional;

/**
 * A published version of the content in the history.
 *
 * @param restoredFrom the version whose content a rollback published again
 * @param current whether the bot answers from it now (the newest)
 */
public record PublicationView(
    int version,
    Instant publishedAt,
    String publishedBy,
    String note,
    Optional<Integer> restoredFrom,
    int intents,
    int examples,
    boolean current) {}
