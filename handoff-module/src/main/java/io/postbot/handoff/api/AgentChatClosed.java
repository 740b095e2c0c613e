package io.postbot.handoff.api;

import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import java.time.Instant;

/**
 * An agent closed a chat (or answered an offline request) with a category, which decides its
 * retention.
 */
public record AgentChatClosed(ConversationId conversation, ContactCategory category, Instant at) {}
