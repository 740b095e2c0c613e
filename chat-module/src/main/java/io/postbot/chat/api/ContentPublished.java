package io.postbot.chat.api;

import java.time.Instant;

/**
 * A version of the content was published (or an earlier one published again): the bot on this
 * server answers from it at once, other servers within their refresh interval.
 *
 * @param examplesChanged whether it teaches other examples than the previous version
 */
public record ContentPublished(int version, boolean examplesChanged, Instant at) {}
