package io.postbot.handoff.api;

/** The customer is not chatting with an agent (still with the bot, waiting, or ended). */
public class NotWithAnAgentException extends IllegalStateException {

  public NotWithAnAgentException() {
    super("no agent is chatting with this customer");
  }
}
