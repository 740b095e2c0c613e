package io.postbot.handoff.api;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A queued customer as the console lists them: no contact details until taken. */
public record WaitingCustomer(
    ConversationId conversation,
    int position,
    Language language,
    Instant queuedAt,
    Duration waited,
    List<String> recognisedIntents) {}
