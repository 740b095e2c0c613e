package io.postbot.web.cluster;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The listening side of a server: keeps one connection listening, hands every signal another server
 * sent to this server's delivery, and after every (re)connect delivers a {@link LiveSignal.Resync},
 * because notifications sent while a listener is disconnected are lost for it. Its own signals
 * (delivered already when sent) and payloads it cannot read are skipped.
 */
final class ListenLoop implements Runnable {

  private static final Logger LOG = Logger.getLogger(ListenLoop.class.getName());

  static final Duration POLL = Duration.ofMillis(500);
  static final Duration FIRST_RETRY = Duration.ofMillis(500);
  static final Duration LAST_RETRY = Duration.ofSeconds(8);

  /** Waits between attempts; Thread::sleep in production. */
  @FunctionalInterface
  interface Pause {
    void pause(Duration duration) throws InterruptedException;
  }

  private final Listening.Connector connector;
  private final String origin;
  private final Consumer<LiveSignal> deliver;
  private final Pause pause;
  private Listening listening;
  private Duration retry = FIRST_RETRY;
  private volatile boolean running = true;
  private int connects;

  ListenLoop(
      Listening.Connector connector, String origin, Consumer<LiveSignal> deliver, Pause pause) {
    this.connector = connector;
    this.origin = origin;
    this.deliver = deliver;
    this.pause = pause;
  }

  @Override
  public void run() {
    try {
      while (running) {
        step();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      disconnect();
    }
  }

  /** One turn: connect if not connected (then re-read), else wait for notifications once. */
  void step() throws InterruptedException {
    if (listening == null) {
      connect();
      return;
    }
    List<String> payloads;
    try {
      payloads = listening.await(POLL);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "live listener lost its connection: {0}", e.getClass().getName());
      disconnect();
      return;
    }
    for (String payload : payloads) {
      SignalCodec.decode(payload)
          .filter(heard -> !heard.origin().equals(origin))
          .ifPresent(heard -> deliverSafely(heard.signal()));
    }
  }

  private void connect() throws InterruptedException {
    try {
      listening = connector.connect();
    } catch (SQLException e) {
      pause.pause(retry);
      retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
      return;
    }
    retry = FIRST_RETRY;
    connects++;
    if (connects > 1) {
      LOG.info("live listener connected again; re-reading what is open here");
    }
    deliverSafely(new LiveSignal.Resync());
  }

  private void deliverSafely(LiveSignal signal) {
    try {
      deliver.accept(signal);
    } catch (RuntimeException e) {
      // one failed delivery (a database blip) must not stop the listener
      LOG.log(Level.WARNING, "live delivery failed: {0}", e.getClass().getName());
    }
  }

  private void disconnect() {
    if (listening != null) {
      listening.close();
      listening = null;
    }
  }

  /** How many times a connection was made (1 after the first start). */
  int connects() {
    return connects;
  }

  boolean connected() {
    return listening != null;
  }

  void stop() {
    running = false;
  }
}
