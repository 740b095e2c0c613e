package io.postbot.chat.domain.model.conversation;

/** Where a conversation stands: with the bot, handed to a person, or ended by the customer. */
public enum ConversationState {
  WITH_BOT,
  ESCALATED,
  ENDED
}
