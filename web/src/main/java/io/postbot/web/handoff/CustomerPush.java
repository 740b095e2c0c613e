package io.postbot.web.handoff;

import io.postbot.shared.ConversationId;
import jakarta.json.JsonObject;

/**
 * Pushes a frame to the customer's open widget ({"type":"queue",...}, {"type":"typing",...}).
 * Adapts to the customer channel of the widget; a customer without an open channel catches up
 * through GET .../handoff and the conversation's messages.
 */
public interface CustomerPush {

  void push(ConversationId conversation, JsonObject frame);

  /** True while the customer has the conversation open on this server. */
  boolean isOpen(ConversationId conversation);
}
