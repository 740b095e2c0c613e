package io.postbot.chat.domain.model.conversation;

/** Who wrote a message in a conversation. */
public enum Author {
  CUSTOMER,
  BOT,
  AGENT,
  /** Notices from the service itself, such as "an agent joined". */
  SYSTEM
}
