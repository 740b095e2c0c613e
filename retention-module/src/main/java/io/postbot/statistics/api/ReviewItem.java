package io.postbot.statistics.api;

import io.postbot.shared.Language;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A question to review, as a reviewer may see it: redacted, with what the bot understood and the
 * day it was asked (never the time, the conversation or anything about the customer).
 *
 * @param intent the intent the bot understood ("out_of_scope" when it could not answer)
 * @param confidence the bot's confidence in it, when recorded
 * @param verdict what the reviewer said, once reviewed
 * @param rightIntent the intent the reviewer gave, once confirmed or corrected
 */
public record ReviewItem(
    ReviewHandle handle,
    Language language,
    String redactedText,
    String intent,
    Optional<Double> confidence,
    ConfidenceBand band,
    LocalDate day,
    Optional<Verdict> verdict,
    Optional<String> rightIntent) {}
