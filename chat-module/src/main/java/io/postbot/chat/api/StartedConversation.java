package io.postbot.chat.api;

import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.util.List;

/** A new conversation: its id, the token only this customer gets, and the bot's greeting. */
public record StartedConversation(
    ConversationId id, AccessToken token, Language language, List<MessageView> messages) {}
