package io.postbot.handoff.api;

import io.postbot.shared.StateConflictException;

/** The customer is not chatting with an agent (still with the bot, waiting, or ended). */
public class NotWithAnAgentException extends StateConflictException {

  public NotWithAnAgentException() {
    super("not-with-an-agent", "chat.not-with-agent", "no agent is chatting with this customer");
  }
}
