package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;

/** A customer opened a conversation with the bot. */
public record ConversationStarted(ConversationId conversation, Language language, Instant at) {}
