package io.postbot.handoff.api;

import io.postbot.shared.ContactCategory;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The agent's side of customer service, used by the console: the queue, taking a customer (exactly
 * once), chatting, notes, transfer, closing with a category, presence, canned responses and the
 * supervisor's overview. The caller (the console) has authenticated the agent and checked roles.
 */
public interface AgentDesk {

  List<WaitingCustomer> queue();

  List<ChatSummary> offlineRequests();

  /** Chats in progress: the agent's own, or everyone's when agent is null. */
  List<ChatSummary> chatsInProgress(String agent);

  /** Takes the customer; ChatAlreadyTakenException if another agent was first. */
  void take(ConversationId conversation, String agent);

  /**
   * The chat as this console user may see it (see ChatAccess): ChatNotFoundException when it does
   * not exist or is not theirs to see.
   */
  AgentChatView chat(ConversationId conversation, String viewer);

  void send(ConversationId conversation, String agent, String text);

  /** The chat's own agent is typing; NotYourChatException for anybody else. */
  void typing(ConversationId conversation, String agent);

  /** An internal note by the chat's agent or a supervisor; NotYourChatException otherwise. */
  void note(ConversationId conversation, String agent, String text);

  void transfer(ConversationId conversation, String agent, String toAgent);

  /** Closes a chat or answers an offline request; the category is required. */
  void close(ConversationId conversation, String agent, ContactCategory category);

  /**
   * The agent a chat in progress is with; empty when nobody has it. Lets a server that heard of a
   * live change only by its conversation id (another server's notification) address the right
   * console and name the agent to the customer.
   */
  Optional<ChatAgent> agentOf(ConversationId conversation);

  /**
   * Another server accepted the customer's typing (CustomerTyping there): the indicator shows on
   * this server's consoles as well.
   */
  void customerTypingHeard(ConversationId conversation);

  /** The console is open: the agent counts as online. */
  void heartbeat(String agent);

  void signedOut(String agent);

  SupervisorOverview overview();

  List<CannedResponseView> cannedResponses(Language language);

  List<CannedResponseView> allCannedResponses();

  void addCannedResponse(Language language, String title, String text);

  void removeCannedResponse(UUID id);
}
