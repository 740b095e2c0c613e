package io.postbot.handoff.domain.model.agentchat;

import io.postbot.handoff.domain.model.agent.Role;
import java.util.Set;

/**
 * How much of a chat a console user sees. The assigned agent, supervisors and admins see a live
 * chat; a waiting (or left) customer's contact details nobody sees until an agent takes them; a
 * closed chat, kept for years, only supervisors and admins; an offline request every agent, since
 * any of them may answer it.
 */
public enum ChatAccess {
  /** Not even that the chat exists. */
  NONE,
  /** The conversation and what the bot understood, without name, e-mail, phone or notes. */
  WITHOUT_CONTACT,
  /** Everything, contact details and notes included. */
  FULL;

  public static ChatAccess of(AgentChat chat, String viewer, Set<Role> roles) {
    boolean supervisor = roles.contains(Role.SUPERVISOR);
    if (!roles.contains(Role.AGENT)) {
      return NONE;
    }
    return switch (chat.state()) {
      case WAITING -> WITHOUT_CONTACT;
      case LEFT -> supervisor ? WITHOUT_CONTACT : NONE;
      case IN_PROGRESS -> supervisor || chat.isHandledBy(viewer) ? FULL : NONE;
      case OFFLINE_REQUEST -> FULL;
      case CLOSED -> supervisor ? FULL : NONE;
    };
  }

  /** Notes are written into open chats by those who see them whole. */
  public static boolean mayWriteNotes(AgentChat chat, String viewer, Set<Role> roles) {
    return of(chat, viewer, roles) == FULL && chat.state() != AgentChatState.CLOSED;
  }

  /** Only the agent of a live chat is shown to the customer as typing. */
  public static boolean mayType(AgentChat chat, String viewer) {
    return chat.state() == AgentChatState.IN_PROGRESS && chat.isHandledBy(viewer);
  }
}
