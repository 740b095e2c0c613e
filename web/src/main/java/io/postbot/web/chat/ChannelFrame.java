package io.postbot.web.chat;

import io.postbot.shared.Jsonp;
import jakarta.json.JsonObjectBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every frame type of the customer channel (/ws/conversations/{id}), in one place: who sends it and
 * its {@code type}. docs/widget.md lists the same, and the widget handles exactly the ones the
 * server sends (TheChannelFramesAreOneListTest compares the three).
 */
public enum ChannelFrame {
  /** Client, first frame: the conversation's token and the last message id the client has. */
  AUTH("auth", Sender.CLIENT),
  /** Client, every 25 s: keeps proxies from closing an idle connection. */
  PING("ping", Sender.CLIENT),
  /** A message of the conversation, in the REST shape. */
  MESSAGE("message", Sender.SERVER),
  /** Authenticated; everything up to message {@code after} has been sent. */
  READY("ready", Sender.SERVER),
  /** The answer to a ping. */
  PONG("pong", Sender.SERVER),
  /** Show or hide the typing indicator of the bot or an agent. */
  TYPING("typing", Sender.SERVER),
  /** The conversation was deleted; the widget starts afresh. */
  ERASED("erased", Sender.SERVER),
  /** The customer's place in the chat queue and the estimated wait. */
  QUEUE("queue", Sender.SERVER),
  /** A person joined or left the chat. */
  AGENT("agent", Sender.SERVER);

  /** Which end of the channel sends a frame. */
  public enum Sender {
    CLIENT,
    SERVER
  }

  private final String type;
  private final Sender sender;

  ChannelFrame(String type, Sender sender) {
    this.type = type;
    this.sender = sender;
  }

  /** The frame's {@code type} on the wire. */
  public String type() {
    return type;
  }

  public Sender sender() {
    return sender;
  }

  /** A frame of this type, to add its fields to. */
  public JsonObjectBuilder builder() {
    return Jsonp.createObjectBuilder().add("type", type);
  }

  /** The frame type of a received {@code type}, if it is one. */
  public static Optional<ChannelFrame> of(String type) {
    return Arrays.stream(values()).filter(f -> f.type.equals(type)).findFirst();
  }

  /** The types one end sends. */
  public static List<String> sentBy(Sender sender) {
    return Arrays.stream(values()).filter(f -> f.sender == sender).map(f -> f.type).toList();
  }
}
