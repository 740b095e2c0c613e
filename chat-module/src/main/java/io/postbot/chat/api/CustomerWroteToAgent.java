package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import java.time.Instant;

/**
 * While the conversation is with a person, the customer wrote a message: the bot stays silent and
 * the agent's console shows it. Carries no text.
 */
public record CustomerWroteToAgent(ConversationId conversation, Instant at) {}
