package io.postbot.chat.api;

/** An intent to choose from (a reviewer's correction): its id and its name in a language. */
public record IntentChoice(String id, String title) {}
