package io.postbot.web.chat;

import io.postbot.shared.ApplicationStarted;
import io.postbot.shared.ConversationId;
import io.postbot.web.cluster.LiveSignal;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The open customer connections on this server, by conversation, and the server's way to reach
 * them. Any message added to a conversation (bot, agent, system), on this server or another, is
 * pushed after its transaction commits (a live signal, see LiveBus); other contexts push their own
 * frames ({"type":"queue"}, {"type":"agent"}, {"type":"typing"}) with {@link #push}.
 */
@ApplicationScoped
public class CustomerChannels {

  private static final Logger LOG = Logger.getLogger(CustomerChannels.class.getName());

  private final Map<ConversationId, Set<ChannelSubscription>> open = new ConcurrentHashMap<>();

  @Resource ManagedExecutorService executor;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> sweeping;

  /** Every second, the sockets whose frame in flight is overdue are given up (ChannelOutbox). */
  void start(@Observes ApplicationStarted started) {
    sweeping = scheduler.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (sweeping != null) {
      sweeping.cancel(false);
    }
  }

  /** Gives up the connections that do not drain, and forgets them. */
  void sweep() {
    open.forEach((conversation, subscriptions) -> {
      for (ChannelSubscription subscription : subscriptions) {
        if (subscription.givenUp()) {
          unsubscribe(conversation, subscription);
        }
      }
    });
  }

  /**
   * Closes a socket refused as it opens, a moment later: its open callback runs before the
   * container has sent the handshake's answer, and a close from inside it can cut the connection
   * first, so that the client sees a broken handshake (and may repeat it) instead of the close.
   */
  void closeSoon(Runnable close) {
    try {
      scheduler.schedule(close, CLOSE_AFTER_OPEN_MS, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      close.run();
    }
  }

  static final long CLOSE_AFTER_OPEN_MS = 100;

  /** Runs a task on the server's executor, off the caller's thread (on it if the pool is full). */
  void later(Runnable task) {
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      task.run();
    }
  }

  /** Sends a typed JSON frame to every connection of the conversation; none open, nothing sent. */
  public void push(ConversationId conversation, JsonObject frame) {
    if (ChannelFrame.of(frame.getString("type", ""))
        .filter(f -> f.sender() == ChannelFrame.Sender.SERVER)
        .isEmpty()) {
      throw new IllegalArgumentException("a server frame's type is one of ChannelFrame's");
    }
    // Off the caller's thread: an agent's request must not wait on a customer's slow socket.
    for (ChannelSubscription subscription : subscriptions(conversation)) {
      executor.execute(() -> deliver(() -> subscription.send(frame)));
    }
  }

  /** Shows or hides the typing indicator of an author ("bot", "agent") in the widget. */
  public void typing(ConversationId conversation, String author, boolean typing) {
    push(
        conversation,
        ChannelFrame.TYPING.builder().add("author", author).add("typing", typing).build());
  }

  /** True while the customer has the conversation open somewhere. */
  public boolean isOpen(ConversationId conversation) {
    return !subscriptions(conversation).isEmpty();
  }

  /** A customer has a tab or two open; more connections to one conversation are a script's. */
  @Inject
  @ConfigProperty(name = "postbot.ws.max-per-conversation", defaultValue = "5")
  int maxPerConversation = 5;

  /** Adds the connection; false (and not added) when the conversation has its maximum already. */
  boolean subscribe(ConversationId conversation, ChannelSubscription subscription) {
    boolean[] added = {false};
    open.compute(
        conversation,
        (c, set) -> {
          Set<ChannelSubscription> current = set == null ? ConcurrentHashMap.newKeySet() : set;
          if (current.size() < maxPerConversation) {
            added[0] = current.add(subscription);
          }
          return current.isEmpty() ? null : current;
        });
    return added[0];
  }

  void unsubscribe(ConversationId conversation, ChannelSubscription subscription) {
    open.computeIfPresent(
        conversation, (c, set) -> set.remove(subscription) && set.isEmpty() ? null : set);
  }

  void posted(@Observes LiveSignal.MessagesAdded signal) {
    // Off the committing thread: the customer's request must not wait on slow sockets.
    for (ChannelSubscription subscription : subscriptions(signal.conversation())) {
      executor.execute(() -> deliver(subscription::catchUp));
    }
  }

  /** Signals may have been missed: every connection here catches up from its resume point. */
  void resync(@Observes LiveSignal.Resync signal) {
    open.values().stream()
        .flatMap(Set::stream)
        .forEach(subscription -> executor.execute(() -> deliver(subscription::catchUp)));
  }

  void erased(@Observes LiveSignal.Erased signal) {
    JsonObject frame = ChannelFrame.ERASED.builder().build();
    Set<ChannelSubscription> subscriptions = open.remove(signal.conversation());
    if (subscriptions != null) {
      subscriptions.forEach(s -> executor.execute(() -> deliver(() -> s.send(frame))));
    }
  }

  private Set<ChannelSubscription> subscriptions(ConversationId conversation) {
    return open.getOrDefault(conversation, Set.of());
  }

  private static void deliver(Runnable send) {
    try {
      send.run();
    } catch (RuntimeException e) {
      // A closed or broken connection: the client resumes from its last id when it reconnects.
      LOG.log(Level.FINE, "push failed: {0}", e.getClass().getName());
    }
  }
}
