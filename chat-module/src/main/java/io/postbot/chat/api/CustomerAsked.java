package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;

/**
 * A customer wrote to the bot; carries what the bot understood, never the text itself, so observers
 * such as statistics cannot receive personal data by accident.
 */
public record CustomerAsked(
    ConversationId conversation, Language language, String intent, double confidence, Instant at) {}
