package io.postbot.handoff.api;

import io.postbot.shared.ConversationId;
import java.time.Instant;

/** An agent handed a chat to a colleague. */
public record AgentChatTransferred(
    ConversationId conversation, String fromAgent, String toAgent, Instant at) {}
