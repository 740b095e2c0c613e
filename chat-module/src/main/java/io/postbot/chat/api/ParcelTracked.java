package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;

/**
 * The bot looked up a parcel for a customer. Carries the outcome only: the tracking number is
 * personal data and stays inside its conversation.
 */
public record ParcelTracked(
    ConversationId conversation, Language language, TrackingOutcome outcome, Instant at) {}
