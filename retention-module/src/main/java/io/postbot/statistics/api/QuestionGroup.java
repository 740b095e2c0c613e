package io.postbot.statistics.api;

import java.util.List;

/**
 * Unanswered questions that mean the same (by the bot's sentence embeddings), redacted.
 *
 * @param example the group's most recent question
 * @param others up to three other wordings of it
 */
public record QuestionGroup(String example, long count, List<String> others) {}
