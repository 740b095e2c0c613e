package io.postbot.handoff.api;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;

/** Outside opening hours or with nobody online, a customer left a message to be answered. */
public record OfflineRequestLeft(ConversationId conversation, Language language, Instant at) {}
