package io.postbot.handoff.api;

import io.postbot.shared.ConversationId;

/** An agent is typing to the customer; not stored, only shown. */
public record AgentTyping(ConversationId conversation, String agentName) {}
