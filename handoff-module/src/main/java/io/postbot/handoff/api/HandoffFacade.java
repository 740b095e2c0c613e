package io.postbot.handoff.api;

import io.postbot.chat.api.AccessToken;
import io.postbot.shared.ConversationId;

/**
 * The customer's side of a handoff: join the queue with contact details, leave it, leave a message
 * when nobody can answer, and see where things stand. Every call needs the conversation's token.
 */
public interface HandoffFacade {

  /** Joins the queue; refused (IllegalState) when closed or nobody is online. */
  HandoffStatus join(ConversationId id, AccessToken token, ContactForm contact);

  /** Leaves the queue; nothing happens if not queued. */
  HandoffStatus leave(ConversationId id, AccessToken token);

  /** Leaves a message with contact details, to be answered when customer service is back. */
  HandoffStatus leaveOfflineMessage(
      ConversationId id, AccessToken token, ContactForm contact, String message);

  HandoffStatus status(ConversationId id, AccessToken token);

  /** Every waiting customer's position and estimate, for pushing live updates to them. */
  java.util.List<QueueStanding> standings();

  /** The customer is typing to the agent (shown in the console, not stored). */
  void customerTyping(ConversationId id, AccessToken token);
}
