package io.postbot.handoff.api;

import io.postbot.shared.ConversationId;
import java.time.Instant;

/** An agent wrote to the customer; the message itself is in the conversation. */
public record AgentMessageSent(ConversationId conversation, int messageId, Instant at) {}
