package io.postbot.chat.api;

/**
 * An intent in the editor's list.
 *
 * @param required the bot's dialogue needs it, so it cannot be deleted
 */
public record IntentSummary(
    String id, String section, int examplesEn, int examplesNb, String answerEn, boolean required) {}
