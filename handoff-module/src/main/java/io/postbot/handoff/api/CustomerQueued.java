package io.postbot.handoff.api;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;

/** A customer joined the queue for a person. Carries no contact details. */
public record CustomerQueued(ConversationId conversation, Language language, Instant at) {}
