package io.postbot.web.chat;

import io.postbot.chat.api.AccessToken;
import io.postbot.chat.api.ChatFacade;
import io.postbot.chat.api.ConversationNotFoundException;
import io.postbot.shared.ConversationId;
import io.postbot.shared.Jsonp;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The widget's live connection to its conversation. The first frame must authenticate it: {@code
 * {"type":"auth","token":...,"after":<last message id the client has>}} (the token never goes in
 * the URL, which ends up in logs). The server answers with what the client missed, then {@code
 * {"type":"ready"}}, and from then on pushes every new message and other typed frames. See
 * docs/widget.md for the protocol.
 */
@ServerEndpoint(value = "/ws/conversations/{id}", configurator = ClientAddressConfigurator.class)
public class CustomerChannel {

  /** Unauthenticated connections are dropped quickly; live ones are kept alive by pings. */
  static final long AUTH_TIMEOUT_MS = 15_000;

  private static final long IDLE_TIMEOUT_MS = 300_000;

  private static final Logger LOG = Logger.getLogger(CustomerChannel.class.getName());

  private static final CloseReason TOO_MANY =
      new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too many connections");
  private static final CloseReason TOO_MANY_FROM_ADDRESS =
      new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too many connections from here");
  private static final CloseReason NOT_DRAINING =
      new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "not draining");
  private static final CloseReason FAILED =
      new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "try again");
  private static final CloseReason NOT_FOUND =
      new CloseReason(CloseReason.CloseCodes.getCloseCode(4404), "not found");

  private ConversationId conversation;
  private ChannelSubscription subscription;

  /** Refused as it opened; frames that arrive before its close are ignored. */
  private boolean refused;

  /** The client's address while this socket counts against its cap; null once released. */
  private String address;

  private final Supplier<ChannelLimits> limits;
  private final Supplier<CustomerChannels> channels;

  /** The container's: the limits and the open connections are the application's beans. */
  public CustomerChannel() {
    this(
        () -> CDI.current().select(ChannelLimits.class).get(),
        () -> CDI.current().select(CustomerChannels.class).get());
  }

  CustomerChannel(Supplier<ChannelLimits> limits, Supplier<CustomerChannels> channels) {
    this.limits = limits;
    this.channels = channels;
  }

  @OnOpen
  public void open(Session session, @PathParam("id") String id) {
    session.setMaxIdleTimeout(AUTH_TIMEOUT_MS);
    session.setMaxTextMessageBufferSize(4096);
    String from =
        String.valueOf(
            session
                .getUserProperties()
                .getOrDefault(ClientAddressConfigurator.PROPERTY, "unknown"));
    if (!limits().open(from)) {
      refused = true;
      channels().closeSoon(() -> close(session, TOO_MANY_FROM_ADDRESS));
      return;
    }
    address = from;
    try {
      conversation = ConversationId.parse(id);
    } catch (IllegalArgumentException e) {
      refused = true;
      channels().closeSoon(() -> close(session, NOT_FOUND));
    }
  }

  @OnMessage
  public void frame(Session session, String text) {
    if (refused) {
      return; // refused as it opened: its close is on the way
    }
    JsonObject frame;
    try (var reader = Jsonp.createReader(new StringReader(text))) {
      frame = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      close(session, new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "not a JSON frame"));
      return;
    }
    var type = ChannelFrame.of(frame.getString("type", "")).orElse(null);
    if (subscription == null) {
      authenticate(session, frame, type);
    } else if (type == ChannelFrame.PING) {
      subscription.send(ChannelFrame.PONG.builder().build());
    }
  }

  private void authenticate(Session session, JsonObject frame, ChannelFrame type) {
    if (type != ChannelFrame.AUTH || conversation == null) {
      close(session, NOT_FOUND);
      return;
    }
    try {
      AccessToken token = new AccessToken(frame.getString("token", ""));
      int after = frame.getInt("after", 0);
      ChatFacade chat = CDI.current().select(ChatFacade.class).get();
      ChannelSubscription candidate =
          new ChannelSubscription(
              from -> chat.messages(conversation, token, from), outbox(session), after);
      // the token is checked first (an unknown conversation or a wrong token throws); nothing is
      // sent before the socket has its place, so a refused one is closed with nothing on its way
      chat.messages(conversation, token, after, 1);
      if (!channels().subscribe(conversation, candidate)) {
        close(session, TOO_MANY);
        return;
      }
      subscription = candidate;
      subscription.catchUp(); // what the client missed, whatever was posted while subscribing
      subscription.send(ChannelFrame.READY.builder().add("after", subscription.lastSent()).build());
      session.setMaxIdleTimeout(IDLE_TIMEOUT_MS);
    } catch (ConversationNotFoundException | IllegalArgumentException | ClassCastException e) {
      close(session, NOT_FOUND);
    }
  }

  @OnClose
  public synchronized void closed(Session session) {
    if (subscription != null) {
      channels().unsubscribe(conversation, subscription);
      subscription = null;
    }
    if (address != null) {
      limits().closed(address);
      address = null;
    }
  }

  /**
   * A socket whose frame failed in a way nobody caught (a database error while authenticating, say)
   * is closed at once with 1011, so the widget connects again now instead of waiting for the auth
   * deadline with a socket that will never say ready. A broken connection is only released.
   */
  @OnError
  public void failed(Session session, Throwable error) {
    if (error instanceof IOException) {
      closed(session);
    } else {
      // the class and where it was thrown only: an exception's message may quote the customer
      StackTraceElement[] at = error.getStackTrace();
      LOG.log(
          Level.WARNING,
          "customer socket failed: {0} at {1}",
          new Object[] {error.getClass().getName(), at.length == 0 ? "?" : at[0].toString()});
      close(session, FAILED);
    }
  }

  private ChannelLimits limits() {
    return limits.get();
  }

  private CustomerChannels channels() {
    return channels.get();
  }

  /**
   * The socket's outbox: frames go out one at a time with a callback, so no thread waits on a
   * customer's socket; one that does not drain is closed (ChannelOutbox) on the server's executor,
   * never on the thread that noticed (a request's, or the socket's own callback).
   */
  private ChannelOutbox outbox(Session session) {
    ChannelLimits limits = limits();
    CustomerChannels channels = channels();
    return new ChannelOutbox(
        new ChannelOutbox.Connection() {
          @Override
          public void send(String text, Consumer<Throwable> whenDone) {
            session
                .getAsyncRemote()
                .sendText(text, result -> whenDone.accept(result.isOK() ? null : failure(result)));
          }

          @Override
          public void giveUp(String why) {
            LOG.log(Level.FINE, "customer socket given up: {0}", why);
            channels.later(() -> close(session, NOT_DRAINING));
          }
        },
        limits.outbox(),
        limits.clock());
  }

  private static Throwable failure(SendResult result) {
    return result.getException() == null ? new IOException("not sent") : result.getException();
  }

  /**
   * Closes a socket the server gives up on, after releasing its place: the client sees the close
   * before the container calls {@link #closed}, and a widget that connects again at once must not
   * find its old socket still counted against its address or conversation.
   */
  private void close(Session session, CloseReason reason) {
    closed(session);
    try {
      session.close(reason);
    } catch (IOException e) {
      // already gone
    }
  }
}
