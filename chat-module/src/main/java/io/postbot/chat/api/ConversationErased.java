package io.postbot.chat.api;

import io.postbot.shared.ConversationId;

/**
 * A conversation and all its messages were erased for good (the customer deleted the chat). Other
 * contexts observe it to erase what they keep about the same conversation.
 */
public record ConversationErased(ConversationId conversation) {}
