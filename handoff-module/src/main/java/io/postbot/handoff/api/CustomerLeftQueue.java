package io.postbot.handoff.api;

import io.postbot.shared.ConversationId;
import java.time.Instant;

/** A customer stopped waiting for a person. */
public record CustomerLeftQueue(ConversationId conversation, Instant at) {}
