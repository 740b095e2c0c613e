package io.postbot.chat.api;

import io.postbot.chat.api.attachment.Attachment;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Language;

/**
 * The chat context's port for handing a conversation to a person: the handoff context checks the
 * customer's token, escalates the conversation (the bot then stays silent), writes the agent's
 * messages and the service's notices into it, and reads it for the agent. Agent messages go into
 * the conversation itself, so the customer's channel delivers them like any other message.
 */
public interface ConversationHandoff {

  /** The conversation's language if the token is its own; otherwise ConversationNotFound. */
  Language authorise(ConversationId id, AccessToken token);

  /** The conversation goes to a person: customer messages no longer get bot answers. */
  void escalate(ConversationId id);

  /** The person is done (or the customer left the queue): the bot answers again. */
  void returnToBot(ConversationId id);

  /** Appends an agent's message, shown to the customer under the agent's name. */
  MessageView postAgentMessage(ConversationId id, AgentName agent, String text);

  /** Appends a notice of the service ("Kari joined the chat") with its typed extra. */
  MessageView postSystemNotice(ConversationId id, String text, Attachment attachment);

  /** The whole conversation as an agent sees it. */
  AgentTranscript transcriptForAgent(ConversationId id);
}
