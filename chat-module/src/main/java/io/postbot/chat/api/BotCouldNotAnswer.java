package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;

/** The bot found the customer's question outside what it can answer. */
public record BotCouldNotAnswer(ConversationId conversation, Language language, Instant at) {}
