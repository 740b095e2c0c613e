package io.postbot.web.chat;

import io.postbot.chat.api.MessageView;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * One authenticated customer connection and its resume point: the id of the last message it was
 * sent. Every catch-up reads all messages after that point and sends only newer ones, so however
 * pushes, reconnects and notifications interleave, the customer sees each message once and none is
 * skipped. All frames to the connection go through here, one at a time.
 */
final class ChannelSubscription {

  private final IntFunction<List<MessageView>> messagesAfter;
  private final Consumer<String> connection;
  private int lastSent;

  /**
   * @param messagesAfter reads the conversation's messages after an id, with the customer's token
   * @param connection sends one text frame to the customer
   * @param resumeAfter the last message id the client already has
   */
  ChannelSubscription(
      IntFunction<List<MessageView>> messagesAfter, Consumer<String> connection, int resumeAfter) {
    if (resumeAfter < 0) {
      throw new IllegalArgumentException("a resume point is a message id (0 or more)");
    }
    this.messagesAfter = messagesAfter;
    this.connection = connection;
    this.lastSent = resumeAfter;
  }

  /** Sends every message newer than the resume point, in order, and moves the point on. */
  synchronized int catchUp() {
    int sent = 0;
    for (MessageView message : messagesAfter.apply(lastSent)) {
      if (message.id() > lastSent) {
        connection.accept(messageFrame(message).toString());
        lastSent = message.id();
        sent++;
      }
    }
    return sent;
  }

  /** Sends any other frame (typing, queue, agent...). */
  synchronized void send(JsonObject frame) {
    connection.accept(frame.toString());
  }

  /**
   * True when the connection has been given up: its outbox did not drain (checked now: a frame in
   * flight for longer than the send timeout gives it up) or it overflowed.
   */
  boolean givenUp() {
    return connection instanceof ChannelOutbox outbox && outbox.overdue();
  }

  synchronized int lastSent() {
    return lastSent;
  }

  /** {"type":"message","message":{id, author, text, time, payload}}: the REST shape, wrapped. */
  static JsonObject messageFrame(MessageView view) {
    return ChannelFrame.MESSAGE.builder().add("message", MessageJson.of(view).toJson()).build();
  }
}
