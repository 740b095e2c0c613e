package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import io.postbot.shared.redaction.RedactedText;
import java.time.Instant;

/**
 * A customer wrote to the bot; carries what the bot understood and the question only as the
 * redactor left it (tracking numbers, phone numbers, e-mail addresses and the like masked), never
 * the raw text, so observers such as statistics cannot receive personal data by accident.
 */
public record CustomerAsked(
    ConversationId conversation,
    Language language,
    String intent,
    double confidence,
    Instant at,
    RedactedText question) {}
