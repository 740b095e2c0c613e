package io.postbot.handoff.domain.model.agentchat;

/** The life of a handoff: waiting, with an agent, closed; or a message left while closed. */
public enum AgentChatState {
  /** The customer waits in the queue. */
  WAITING,
  /** The customer left the queue before an agent took them. */
  LEFT,
  /** An agent chats with the customer. */
  IN_PROGRESS,
  /** Outside opening hours or with nobody online, the customer left a message to be answered. */
  OFFLINE_REQUEST,
  /** The agent closed the chat (or answered the offline request) with a category. */
  CLOSED
}
