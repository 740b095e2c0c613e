package io.postbot.web.handoff;

import io.postbot.shared.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;

/**
 * Until the widget's WebSocket channel is wired in, frames are dropped and the widget polls GET
 * .../handoff; replace by an adapter of CustomerChannels.push once it exists.
 */
@ApplicationScoped
public class NoCustomerPush implements CustomerPush {

  @Override
  public void push(ConversationId conversation, JsonObject frame) {
    // nothing to push to yet
  }
}
