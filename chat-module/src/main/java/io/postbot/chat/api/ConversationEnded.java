package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.time.Instant;

/** The customer ended the chat; it is kept until retention erases it, unless deleted. */
public record ConversationEnded(ConversationId conversation, Language language, Instant at) {}
