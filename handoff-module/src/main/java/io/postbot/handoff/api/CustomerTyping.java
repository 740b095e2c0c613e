package io.postbot.handoff.api;

import io.postbot.shared.ConversationId;

/** The customer is typing to the agent; not stored, only shown. */
public record CustomerTyping(ConversationId conversation) {}
