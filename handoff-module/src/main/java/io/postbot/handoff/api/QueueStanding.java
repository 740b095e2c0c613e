package io.postbot.handoff.api;

import io.postbot.shared.ConversationId;

/** A waiting customer's place in the queue and estimated wait (null when nobody is online). */
public record QueueStanding(ConversationId conversation, int position, Long estimateSeconds) {}
