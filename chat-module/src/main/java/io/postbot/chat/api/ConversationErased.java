package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import java.time.Instant;

/**
 * A conversation was erased, by the customer or by retention. Every context holding data about it
 * (an agent chat, a survey invitation) erases its own part when it observes this.
 */
public record ConversationErased(ConversationId conversation, Instant at) {}
