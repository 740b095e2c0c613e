package io.postbot.handoff.api;

import io.postbot.shared.ConversationId;

/**
 * The customer is typing to their agent (named, so only that agent's console hears); not stored.
 */
public record CustomerTyping(ConversationId conversation, String agent) {}
