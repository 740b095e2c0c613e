package io.postbot.web.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Consumer;

/**
 * The frames on their way to one customer socket. One frame is in flight at a time, sent
 * asynchronously with a callback, so no thread ever waits on the socket; the others wait here, in
 * order. A socket that does not drain is given up: when the frame in flight has not gone out within
 * the send timeout ({@link #overdue}, checked by CustomerChannels every second), when a send fails,
 * or at once when more frames or characters wait than the outbox holds. Giving up drops what waits,
 * refuses what comes and closes the connection; the widget reconnects and resumes from its last
 * message, or polls.
 */
final class ChannelOutbox implements Consumer<String> {

  /** The socket under the outbox. */
  interface Connection {

    /** Sends one text frame without waiting; calls back with null once sent, else the failure. */
    void send(String text, Consumer<Throwable> whenDone);

    /** Closes the connection for good (called once, never while the outbox is locked). */
    void giveUp(String why);
  }

  /** How much may wait and for how long (postbot.ws.*, see ChannelLimits). */
  record Limits(int maxFrames, long maxCharacters, Duration sendTimeout) {
    Limits {
      if (maxFrames < 1 || maxCharacters < 1 || !sendTimeout.isPositive()) {
        throw new IllegalArgumentException("an outbox holds something and waits a while");
      }
    }
  }

  private final Connection connection;
  private final Limits limits;
  private final Clock clock;
  private final Queue<String> waiting = new ArrayDeque<>();
  private long waitingCharacters;

  /** When the frame in flight was handed to the socket; null when none is in flight. */
  private Instant inFlightSince;

  /** True while a thread is handing frames to the socket (the others leave it to that one). */
  private boolean pumping;

  private boolean givenUp;

  ChannelOutbox(Connection connection, Limits limits, Clock clock) {
    this.connection = connection;
    this.limits = limits;
    this.clock = clock;
  }

  /** Queues a frame and sends it when the ones before it have gone; nothing once given up. */
  @Override
  public void accept(String text) {
    String overflow = null;
    synchronized (this) {
      if (givenUp) {
        return;
      }
      waiting.add(text);
      waitingCharacters += text.length();
      if (waiting.size() > limits.maxFrames() || waitingCharacters > limits.maxCharacters()) {
        overflow = waiting.size() + " frames and " + waitingCharacters + " characters waiting";
      }
    }
    if (overflow != null) {
      giveUp(overflow);
      return;
    }
    pump();
  }

  /** Gives the connection up when its frame in flight is older than the send timeout. */
  boolean overdue() {
    synchronized (this) {
      if (givenUp) {
        return true;
      }
      if (inFlightSince == null
          || !clock.instant().isAfter(inFlightSince.plus(limits.sendTimeout()))) {
        return false;
      }
    }
    giveUp("a frame did not go out within " + limits.sendTimeout());
    return true;
  }

  synchronized boolean givenUp() {
    return givenUp;
  }

  /** Frames waiting behind the one in flight (for tests). */
  synchronized int waiting() {
    return waiting.size();
  }

  private void pump() {
    while (true) {
      String next;
      synchronized (this) {
        if (pumping || givenUp || inFlightSince != null || waiting.isEmpty()) {
          return;
        }
        next = waiting.poll();
        waitingCharacters -= next.length();
        inFlightSince = clock.instant();
        pumping = true;
      }
      try {
        // outside the lock: the socket's own locks are taken here and by its callbacks
        connection.send(next, this::sent);
      } catch (RuntimeException e) {
        sent(e);
      } finally {
        synchronized (this) {
          pumping = false;
        }
      }
    }
  }

  private void sent(Throwable failure) {
    synchronized (this) {
      inFlightSince = null;
    }
    if (failure != null) {
      giveUp("a send failed: " + failure.getClass().getSimpleName());
    } else {
      pump();
    }
  }

  private void giveUp(String why) {
    synchronized (this) {
      if (givenUp) {
        return;
      }
      givenUp = true;
      waiting.clear();
      waitingCharacters = 0;
    }
    connection.giveUp(why);
  }
}
