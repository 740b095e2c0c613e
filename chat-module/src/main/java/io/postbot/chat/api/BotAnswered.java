package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;

/** The bot answered a customer with the content of an intent. */
public record BotAnswered(
    ConversationId conversation, Language language, String intent, Instant at) {}
