package io.postbot.web.console;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;

/**
 * An open console page's live connection: the server sends the name of what changed ("queue" or
 * "chat") and the page re-renders that part with an ajax request of its own, which carries the
 * agent's session and rights. The handshake lies under /console/*, so only a signed-in agent gets
 * here (web.xml); the principal is checked again in case the constraint is ever loosened.
 */
@ServerEndpoint("/console/push")
public class ConsoleChannel {

  /** Pages send a ping every 25 s; a page gone without closing is dropped after a minute. */
  private static final long IDLE_TIMEOUT_MS = 60_000;

  @OnOpen
  public void open(Session session) {
    if (session.getUserPrincipal() == null) {
      close(session, new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "sign in first"));
      return;
    }
    session.setMaxIdleTimeout(IDLE_TIMEOUT_MS);
    session.setMaxTextMessageBufferSize(256);
    // Tyrus may call this after the client saw the handshake's answer: say when pushes will
    // arrive. Sends on a session never overlap (ConsoleChannels sends under the same lock).
    synchronized (session) {
      channels().add(session);
      try {
        session.getBasicRemote().sendText("ready");
      } catch (IOException e) {
        channels().remove(session);
      }
    }
  }

  /** Pages ping to keep the connection open; nothing else is read from them. */
  @OnMessage
  public void frame(Session session, String text) {}

  @OnClose
  public void closed(Session session) {
    channels().remove(session);
  }

  @OnError
  public void failed(Session session, Throwable error) {
    channels().remove(session);
  }

  private static ConsoleChannels channels() {
    return CDI.current().select(ConsoleChannels.class).get();
  }

  static void close(Session session, CloseReason reason) {
    try {
      session.close(reason);
    } catch (IOException e) {
      // already gone
    }
  }
}
