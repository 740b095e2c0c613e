package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;

/**
 * The bot offered the customer a person in customer service, because they asked or because the bot
 * could not help. The customer may accept (the handoff context then queues them) or decline.
 */
public record HumanRequested(
    ConversationId conversation, Language language, HandoffReason reason, Instant at) {}
