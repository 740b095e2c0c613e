package io.postbot.handoff.api;

import io.postbot.shared.ConversationId;
import java.time.Instant;

/** An agent took a waiting customer; exactly one agent does. */
public record AgentChatStarted(ConversationId conversation, String agent, Instant at) {}
