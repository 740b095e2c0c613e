package io.postbot.handoff.api;

/**
 * No such chat for this console user: it does not exist, or they may not see it (another agent's
 * live chat, a closed chat for an agent). The two are told apart by nobody, so a curious agent
 * learns nothing from trying identifiers.
 */
public class ChatNotFoundException extends IllegalArgumentException {

  public ChatNotFoundException() {
    super("no such chat");
  }
}
