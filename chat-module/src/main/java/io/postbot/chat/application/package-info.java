/**
 * The chat context's use cases: transactions around the Conversation aggregate, events after
 * commit.
 */
package io.postbot.chat.application;
