/** The Conversation aggregate: one customer's chat with the bot, its messages and its state. */
package io.postbot.chat.domain.model.conversation;
