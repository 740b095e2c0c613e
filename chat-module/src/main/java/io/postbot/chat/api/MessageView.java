package io.postbot.chat.api;

import java.time.Instant;

/**
 * One message as the customer sees it. The id is its position in the conversation, the resume point
 * for fetching what came after. The payload holds structured extras as JSON (buttons, cards).
 */
public record MessageView(int id, String author, String text, Instant time, String payload) {}
