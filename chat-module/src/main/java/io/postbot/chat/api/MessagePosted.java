package io.postbot.chat.api;

import io.postbot.shared.ConversationId;

/**
 * A message was added to a conversation, whoever wrote it (customer, bot, agent, system). Carries
 * only its id, the resume point, never the text: observers that need the text read it through the
 * facade, which checks nothing more is leaked. Fired for every added message, so channels that push
 * to the customer need no code per author.
 */
public record MessagePosted(ConversationId conversation, int messageId) {}
