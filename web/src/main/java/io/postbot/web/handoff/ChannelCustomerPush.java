package io.postbot.web.handoff;

import io.postbot.shared.ConversationId;
import io.postbot.web.chat.CustomerChannels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** Handoff frames travel over the widget's own channel to the customer's open connections. */
@ApplicationScoped
public class ChannelCustomerPush implements CustomerPush {

  @Inject CustomerChannels channels;

  @Override
  public void push(ConversationId conversation, JsonObject frame) {
    channels.push(conversation, frame);
  }

  @Override
  public boolean isOpen(ConversationId conversation) {
    return channels.isOpen(conversation);
  }
}
